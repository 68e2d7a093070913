package dev.fixturebench.pipeline;

import java.nio.file.Path;

/**
 * Where a command writes: the folder of the report and results, and the site's folder (null for none).
 *
 * @param out  the report's and results' folder
 * @param site the site's folder, or null with --no-site
 */
public record OutputFolders(Path out, Path site) {
}
