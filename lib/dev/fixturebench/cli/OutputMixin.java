package dev.fixturebench.cli;

import java.nio.file.Path;

import dev.fixturebench.pipeline.OutputFolders;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a run or a merge writes its report, results and site; --site and --no-site exclude each other. */
final class OutputMixin {

    static final String DEFAULT_OUT = "target/fixture-bench";

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 7)
    Out out = new Out();

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nSite (one of):%n", order = 8)
    Site site;

    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT, order = 70,
                description = "Folder of fixture_benchmark_report.md, fixture_benchmark_results.json and the site."
                        + " Default: ${DEFAULT-VALUE} (relative to the current directory).")
        Path folder;
    }

    static final class Site {
        @Option(names = "--site", paramLabel = "DIR", order = 71,
                description = "Folder of the static HTML site: overview, all fixtures, one page per fixture,"
                        + " start-up, profiles in a local speedscope viewer; earlier runs in it are kept in"
                        + " runs/<id>/ and drawn as each fixture's trend. Default: <out>/site.")
        Path folder;

        @Option(names = "--no-site", order = 72, description = "Write no site, only the report and the results.")
        boolean none;
    }

    OutputFolders folders() {
        // the group is exclusive: matched, it holds exactly one of --site and --no-site
        Path siteFolder = site == null ? out.folder.resolve("site") : site.none ? null : site.folder;
        return new OutputFolders(out.folder, siteFolder);
    }
}
