package dev.fixturebench.site;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every generated site is made from: the jte templates, and the static files copied into each site as they are
 * (the stylesheet, the script, the vendored speedscope viewer).
 *
 * @param templates the folder of the {@code .jte} templates
 * @param assets    the folder copied into every site
 */
public record SiteSources(Path templates, Path assets) {

    /**
     * The sources in a checkout: its {@code templates/} and {@code site/} folders. Throws {@link IllegalArgumentException}
     * saying what is missing when the checkout lacks them.
     */
    public static SiteSources in(Path checkout) {
        SiteSources sources = new SiteSources(checkout.resolve("templates"), checkout.resolve("site"));
        if (!Files.isRegularFile(sources.templates().resolve("overview.jte"))
                || !Files.isRegularFile(sources.assets().resolve("speedscope/index.html"))) {
            throw new IllegalArgumentException(checkout + " lacks the site's templates/ or site/speedscope/: restore"
                    + " them from the repository (git checkout -- templates site), or pass --no-site.");
        }
        return sources;
    }
}
