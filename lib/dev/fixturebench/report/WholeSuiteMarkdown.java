package dev.fixturebench.report;

import java.util.Locale;

import dev.fixturebench.model.AdviceListing;
import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.JavaNames;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.SpringContext;
import dev.fixturebench.model.SuiteFixture;
import dev.fixturebench.model.SuiteTests;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.view.AdviceLines;

/**
 * The report's section on the whole suite ({@code --whole-suite}): the run's figures, advice, every fixture's
 * in-suite cost beside its isolated one, each class's set-up, tests and teardown, and the application contexts.
 */
final class WholeSuiteMarkdown {

    /** A pattern's members named in its row, at most: the largest savings. */
    private static final int PATTERN_MEMBERS_NAMED = 3;

    /** Differences from the closest context listed in the table, at most. */
    private static final int MAX_DIFFERENCES = 3;

    private WholeSuiteMarkdown() {
    }

    static void append(StringBuilder md, RunResult run) {
        WholeSuite suite = run.wholeSuite();
        if (suite == null) {
            return;
        }
        md.append("\n## The whole suite in context\n\n");
        md.append(suite.runs() == 0 ? String.format(Locale.ROOT, "- Suite runs: none finished of %d test class(es);"
                + " the notes below say why%n", suite.testClasses())
                : String.format(Locale.ROOT, "- Suite runs: %d fresh JVM(s), each running %d test class(es) for real,"
                + " as Maven Surefire runs them by default%n", suite.runs(), suite.testClasses()));
        if (suite.wallMs() != null) {
            md.append(String.format(Locale.ROOT, "- Suite time: %.2f s median (%.2f–%.2f, n=%d), the launcher's run"
                    + " of the classes%n", suite.wallMs().median() / 1000, suite.wallMs().min() / 1000,
                    suite.wallMs().max() / 1000, suite.wallMs().n()));
        }
        if (suite.buildShare() != null) {
            md.append(String.format(Locale.ROOT, "- Building fixtures: %.2f s per run, %.0f %% of the suite time%n",
                    suite.buildMs() / 1000, suite.buildShare() * 100));
        }
        SuiteTests tests = suite.tests();
        md.append(String.format(Locale.ROOT, "- The suite's tests: %d passed, %d failed, %d aborted, %d skipped%n",
                tests.passed(), tests.failed(), tests.aborted(), tests.skipped()));
        advice(md, suite);
        fixtures(md, run, suite);
        classes(md, suite);
        contexts(md, suite);
        if (!tests.failures().isEmpty()) {
            md.append("\n### The suite's failures\n\n");
            tests.failures().forEach(failure -> md.append("- ").append(Markdown.text(firstLine(failure)))
                    .append('\n'));
        }
        if (!suite.notes().isEmpty()) {
            md.append("\n### Notes\n\n");
            suite.notes().forEach(note -> md.append(Markdown.block(note)).append('\n'));
        }
    }

    private static void advice(StringBuilder md, WholeSuite suite) {
        md.append("\n### Advice\n\n");
        AdviceListing listing = suite.adviceListing();
        if (listing.isEmpty()) {
            md.append("No advice: no fixture was built more often than its tests need, as far as scopes go.\n");
            return;
        }
        md.append("The tool cannot prove that the tests leave a fixture's state alone: each change below holds only"
                + " if they do. Savings are build time per suite run; a pattern is the same method, of the same kind,"
                + " advised alike in several classes.\n\n");
        if (!listing.rows().isEmpty()) {
            md.append("| Fixture | Scope now | Suggested | Saving (ms) | Why |\n|---|---|---|---:|---|\n");
            for (AdviceListing.Row row : listing.rows()) {
                md.append("| ").append(Markdown.code(row.name()));
                if (row.pattern()) {
                    md.append(": ").append(AdviceLines.members(row)).append(", ").append(String.join(", ",
                            row.members().stream().limit(PATTERN_MEMBERS_NAMED)
                                    .map(a -> Markdown.code(a.fixture())).toList()))
                            .append(row.members().size() > PATTERN_MEMBERS_NAMED ? ", …" : "");
                }
                md.append(" | ").append(row.fromScope().label()).append(" | ").append(row.toLabel()).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f", row.savingMs())).append(" | ")
                        .append(Markdown.text(row.reason())).append(" |\n");
            }
        }
        String more = AdviceLines.more(listing);
        if (more != null) {
            md.append(listing.rows().isEmpty() ? "" : "\n").append(Markdown.text(more))
                    .append("; the JSON's `advice` keeps every one.\n");
        }
    }

    private static void fixtures(StringBuilder md, RunResult run, WholeSuite suite) {
        md.append("\n### Fixtures in the suite\n\n");
        if (suite.fixtures().isEmpty()) {
            md.append("No fixture was built.\n");
            return;
        }
        md.append("| Fixture | Type | Scope | Builds | Tests | Total (ms) | Median (ms) | Teardown (ms) |"
                + " Isolated own init (ms) |\n|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        java.util.Map<String, FixtureResult> measured = new java.util.HashMap<>();
        run.fixtures().forEach(r -> measured.put(r.fixture().name(), r));
        for (SuiteFixture fixture : suite.fixtures()) {
            InSuite figures = fixture.inSuite();
            FixtureResult isolated = measured.get(fixture.fixture().name());
            md.append("| ").append(Markdown.code(fixture.fixture().name()))
                    .append(fixture.measuredAs() == null ? "" : " †").append(" | ")
                    .append(fixture.fixture().type().label()).append(" | ").append(fixture.fixture().scope().label())
                    .append(String.format(Locale.ROOT, " | %d | %d | %.1f | %.1f | %.1f | ", figures.builds(),
                            figures.tests(), figures.totalMs(), figures.medianMs(), figures.teardownMs()))
                    .append(isolated == null || isolated.timings().ownInitMs() == null ? "—"
                            : String.format(Locale.ROOT, "%.1f", isolated.timings().ownInitMs().median()))
                    .append(" |\n");
        }
        md.append("\nBuilds, total, median and teardown are per suite run (medians over the runs); an API fixture's"
                + " build is its own factory call, the fixtures it depends on being rows of their own, and a class's"
                + " `<extensions>` is its set-up less the timed calls and API builds in it. Tests: those that used it,"
                + " directly or through a fixture built from it. Isolated own init is the same build, its own factory call,"
                + " measured cold and alone in this run (— where it was not measured).");
        if (suite.fixtures().stream().anyMatch(f -> f.measuredAs() != null)) {
            md.append(" † Timed together with its class's (or test's) extension work, as in isolation.");
        }
        md.append('\n');
    }

    private static void classes(StringBuilder md, WholeSuite suite) {
        md.append("\n### Test classes\n\n");
        md.append("| Class | Set-up (ms) | Tests (ms) | Teardown (ms) | Tests run | Spring context |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        for (ClassTiming timing : suite.classes()) {
            md.append("| ").append(Markdown.code(JavaNames.simpleName(timing.className())))
                    .append(String.format(Locale.ROOT, " | %.1f | %.1f | %.1f | %d | ", timing.setupMs(),
                            timing.testsMs(), timing.teardownMs(), timing.tests()))
                    .append(timing.context() == null ? "—" : timing.context()).append(" |\n");
        }
    }

    private static void contexts(StringBuilder md, WholeSuite suite) {
        if (suite.contexts().isEmpty()) {
            return;
        }
        md.append("\n### Application contexts\n\nSpring: test classes with the same merged context configuration"
                + " share one cached context; Spring's cache, asked as each class starts, says whether the class finds"
                + " it (a hit) or builds it (a miss: the first class, or the next after a @DirtiesContext). Quarkus"
                + " (quarkus-app-N): one application runs at a time, started again when a class's test profile or test"
                + " resources differ from the class before. Micronaut (micronaut-N): every @MicronautTest class starts"
                + " its own context (its @Nested classes share it; rebuildContext starts one more per test)."
                + " Build time: the set-up of a class that built it, less its timed calls.\n\n");
        md.append("| Context | Classes, in run order | Build (ms) | Builds (misses) | Hits | Differs from the closest |\n"
                + "|---|---|---:|---:|---:|---|\n");
        for (SpringContext context : suite.contexts()) {
            md.append("| ").append(context.id()).append(" | ")
                    .append(String.join(", ", context.classes().stream()
                            .map(c -> Markdown.code(JavaNames.simpleName(c))).toList()))
                    .append(" | ").append(context.buildMs() == null ? "—"
                            : String.format(Locale.ROOT, "%.1f", context.buildMs()))
                    .append(" | ").append(context.misses()).append(" | ").append(context.hits()).append(" | ")
                    .append(differences(context))
                    .append(" |\n");
        }
    }

    /** The differences from the closest context when they are few; else how many, for another kind of context. */
    private static String differences(SpringContext context) {
        if (context.closest() == null) {
            return "—";
        }
        if (context.differences().isEmpty()) {
            return "no facet differs from " + context.closest() + " (Spring's cache key differs in a part the tool"
                    + " cannot name)";
        }
        if (context.differences().size() > MAX_DIFFERENCES) {
            return context.closest() + ": " + context.differences().size() + " differences (another kind of"
                    + " context; the JSON lists them)";
        }
        return context.closest() + ": " + String.join("; ", context.differences().stream().map(Markdown::text)
                .toList());
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
