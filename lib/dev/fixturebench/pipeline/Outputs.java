package dev.fixturebench.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.report.MarkdownReport;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.report.ResultFormat;
import dev.fixturebench.site.SiteSources;
import dev.fixturebench.site.StaticSite;

/**
 * The formats a run or a merge writes — the JSON results, the Markdown report and, unless --no-site, the site — and
 * the lines that tell the user where each went.
 */
final class Outputs {

    private final OutputFolders folders;
    private final Optional<Checkout> checkout;
    private final Console console;
    private final SetupCache cache;

    /** {@code cache} keeps the site's compiled templates. */
    Outputs(OutputFolders folders, Optional<Checkout> checkout, Console console, SetupCache cache) {
        this.folders = folders;
        this.checkout = checkout;
        this.console = console;
        this.cache = cache;
    }

    /**
     * The writer of every format; the site's templates compile and its earlier history is read now, before anything
     * is measured, so a site that cannot be written fails the run at once.
     */
    ReportWriter writer(Path work, Instant started, boolean resumed) throws IOException {
        List<ResultFormat> formats = new ArrayList<>(List.of(new JsonReport(folders.out()),
                new MarkdownReport(folders.out())));
        if (folders.site() == null) {
            return new ReportWriter(formats);
        }
        if (checkout.isEmpty()) {
            console.err().println("warning: no site: this run knows no checkout of Fixture Bench, whose templates/ and"
                    + " site/ make it (run it through the checkout's ./jbang, or pass -D" + Checkout.HOME_PROPERTY
                    + "=CHECKOUT to JBang); --no-site silences this.");
            return new ReportWriter(formats);
        }
        try {
            formats.add(new StaticSite(SiteSources.in(checkout.get().directory()), folders.site(), folders.out(),
                    work.resolve("jte-classes"), started, resumed, cache));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new ReportWriter(formats);
    }

    /** Each format's name and what to open, and how to browse the site when there is one. */
    void printWhereItWent(ReportWriter writer) {
        PrintWriter out = console.out();
        for (ResultFormat format : writer.formats()) {
            out.printf(Locale.ROOT, "%-16s %s%n", format.name().substring(0, 1).toUpperCase(Locale.ROOT)
                    + format.name().substring(1) + ":", format.opens());
        }
        if (writer.formats().stream().anyMatch(StaticSite.class::isInstance)) {
            out.println("Browse the site: fixture-bench serve --site=" + folders.site()
                    + " (the profile viewer needs HTTP).");
        }
    }
}
