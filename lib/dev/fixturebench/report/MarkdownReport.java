package dev.fixturebench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.JavaNames;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Outcome;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.Timings;
import dev.fixturebench.profile.StartupSummary;
import dev.fixturebench.view.Figures;
import dev.fixturebench.view.HeaderLine;
import dev.fixturebench.view.RunHeader;
import dev.fixturebench.results.CategoryScopeSummary;

/**
 * Renders a run as {@code fixture_benchmark_report.md}: a header on the machine and baseline, the fixtures' table
 * sorted by category then name, a table of the other figures, every error in full, and where start-up goes.
 */
public final class MarkdownReport implements ResultFormat {

    public static final String FILE_NAME = "fixture_benchmark_report.md";

    private final Path directory;
    private String whereStartupGoes;

    /** The report in {@code directory}, beside the run's profiles. */
    public MarkdownReport(Path directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "Markdown report";
    }

    @Override
    public Path location() {
        return directory.resolve(FILE_NAME);
    }

    @Override
    public void write(RunResult run) throws IOException {
        AtomicFile.write(location(), render(run) + whereStartupGoes(run));
    }

    /** The start-up profile's summary tables, read once; a profile it cannot read says why. */
    private String whereStartupGoes(RunResult run) {
        StartupProfile profile = run.startupProfile();
        if (profile == null || !profile.recorded()) {
            return "";
        }
        if (whereStartupGoes == null) {
            try {
                whereStartupGoes = "\n" + StartupSummary.read(directory.resolve(profile.file())).toMarkdown(10);
            } catch (IllegalArgumentException e) {
                whereStartupGoes = "\n## Where start-up goes\n\nNot summarised: " + e.getMessage() + "\n";
            }
        }
        return whereStartupGoes;
    }

    public static String render(RunResult run) {
        List<FixtureResult> rows = run.fixtures().stream()
                .sorted(Comparator.comparing((FixtureResult r) -> r.fixture().category())
                        .thenComparing(r -> r.fixture().name()))
                .collect(Collectors.toList());
        StringBuilder md = new StringBuilder();
        md.append("# Fixture Benchmark Report\n\n");
        header(md, run);
        md.append("| Fixture | Type | Scope | Category | Init | Memory Δ | GPU Δ | Status |\n");
        md.append("|---|---|---|---|---:|---:|---:|---|\n");
        Gpu gpu = run.environment().gpu();
        for (FixtureResult row : rows) {
            md.append("| ").append(Markdown.code(row.fixture().name())).append(" | ").append(row.fixture().type().label())
                    .append(" | ").append(row.fixture().scope().label()).append(" | ")
                    .append(Markdown.text(row.fixture().category()))
                    .append(" | ").append(init(row.timings().initMs()))
                    .append(row.measuredAs() == null ? "" : " †")
                    .append(row.noisy() ? " ⚠ noisy" : "")
                    .append(" | ").append(Figures.mib(row.memory().heapRetainedMib()))
                    .append(" | ").append(gpuCell(row, gpu))
                    .append(" | ").append(row.outcome().status().label()).append(profileCell(row)).append(" |\n");
        }
        md.append("\nInit is the cold build of the fixture, dependencies included, timed inside a fresh JVM around"
                + " the fixture call: median (min–max, n). Memory Δ is the heap retained with the fixture alive:"
                + " live bytes after a full collection, minus the same before it, read in the first of its forks.");
        if (rows.stream().anyMatch(FixtureResult::noisy)) {
            md.append(" ⚠ noisy: the readings' median absolute deviation is over 10 % of the median (and over 1 ms);"
                    + " rerun with a larger --repeat, or on a quieter machine.");
        }
        if (rows.stream().anyMatch(r -> r.measuredAs() != null)) {
            md.append(" † More than one method's time: see the notes under Details for what the figure covers.");
        }
        md.append('\n');
        summary(md, run);
        details(md, rows);
        unused(md, run);
        errors(md, rows);
        ComparisonMarkdown.append(md, run);
        WholeSuiteMarkdown.append(md, run);
        return md.toString();
    }

    /** The run's header, the lines every format shows: the start-up profile's as code, the rest as prose. */
    private static void header(StringBuilder md, RunResult run) {
        for (HeaderLine line : RunHeader.of(run)) {
            md.append("- **").append(line.label()).append(":** ").append(Markdown.text(line.value())).append('\n');
        }
        md.append('\n');
    }

    private static void summary(StringBuilder md, RunResult run) {
        md.append("\n## By category and scope\n\n");
        md.append("| Category | Scope | Fixtures | Ok | Total init | Median init |\n");
        md.append("|---|---|---:|---:|---:|---:|\n");
        for (CategoryScopeSummary.Row row : CategoryScopeSummary.of(run.fixtures())) {
            md.append("| ").append(Markdown.text(row.category())).append(" | ").append(row.scope().label()).append(" | ")
                    .append(row.count()).append(" | ").append(row.ok()).append(" | ")
                    .append(Figures.ms(row.totalInitMs())).append(" | ").append(Figures.ms(row.medianInitMs()))
                    .append(" |\n");
        }
    }

    /** With --fixture-profiles: links to the row's speedscope files, and why one is missing; else nothing. */
    private static String profileCell(FixtureResult row) {
        if (row.profile() == null) {
            return "";
        }
        StringBuilder cell = new StringBuilder();
        row.profile().files().forEach((event, file) -> cell.append(" · [").append(event).append(" profile](")
                .append(file).append(')'));
        if (!row.profile().ownCode().isEmpty()) {
            cell.append(" · in the suite's own code: ").append(String.join(", ", row.profile().ownCode().stream()
                    .map(h -> Markdown.code(h.method()) + String.format(Locale.ROOT, " %.0f ms", h.ms())).toList()));
        }
        if (row.profile().note() != null) {
            cell.append(" · ").append(Markdown.text(row.profile().note()));
        }
        return cell.toString();
    }

    private static void details(StringBuilder md, List<FixtureResult> rows) {
        md.append("\n## Details\n\n");
        md.append("| Fixture | Declared in | Depends on | Used by | Init (ms) | Own (ms) | Dependencies (ms)"
                + " | CPU (ms) | Teardown (ms) | Fork wall (ms) | Wall − baseline (ms) | Allocated (MiB) | Classes | RSS Δ (MiB) |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (FixtureResult row : rows) {
            Timings times = row.timings();
            Memory memory = row.memory();
            md.append("| ").append(Markdown.code(row.fixture().name())).append(" | ")
                    .append(Markdown.text(JavaNames.simpleName(row.fixture().declaredIn()))).append(" | ")
                    .append(row.fixture().dependsOn().isEmpty() ? "—" : row.fixture().dependsOn().stream()
                            .map(Markdown::code).collect(Collectors.joining(", ")))
                    .append(" | ").append(row.fixture().usedBy() == null ? "—" : row.fixture().usedBy())
                    .append(" | ").append(millis(times.initMs()))
                    .append(" | ").append(millis(times.ownInitMs()))
                    .append(" | ").append(millis(times.dependenciesInitMs()))
                    .append(" | ").append(millis(times.initCpuMs()))
                    .append(" | ").append(millis(times.teardownMs()))
                    .append(" | ").append(millis(times.wallMs()))
                    .append(" | ").append(millis(times.wallMinusBaselineMs()))
                    .append(" | ").append(Figures.number(memory.allocatedMib()))
                    .append(" | ").append(memory.classesLoaded() == null ? "—" : String.format(Locale.ROOT, "%.0f",
                            memory.classesLoaded()))
                    .append(" | ").append(Figures.number(memory.rssDeltaMib())).append(" |\n");
        }
        md.append("\nTimes are median ± median absolute deviation. Init includes the dependencies it built first;"
                + " Own is the fixture's factory call alone; CPU is the building thread's CPU time (far below Init: it waited). Used by counts the tests that use a fixture, directly or"
                + " through other fixtures. Wall − baseline is the pytest tool's method: the fork's wall-clock minus"
                + " the median baseline start-up; JVM start-up jitter makes it far noisier than the in-fork init"
                + " time.\n");
        List<FixtureResult> shared = rows.stream().filter(r -> r.measuredAs() != null).toList();
        if (!shared.isEmpty()) {
            md.append("\n† What these figures cover (JUnit lets extension work be timed only as a whole):\n\n");
            shared.forEach(r -> md.append("- ").append(Markdown.code(r.fixture().name())).append(": ")
                    .append(Markdown.text(r.measuredAs())).append('\n'));
        }
    }

    private static void unused(StringBuilder md, RunResult run) {
        List<FixtureInfo> unused = run.suite().unused();
        md.append("\n## Fixtures no test uses\n\n");
        if (unused.isEmpty()) {
            md.append("None: every fixture is used by at least one test.\n");
        } else {
            unused.forEach(f -> md.append("- ").append(Markdown.code(f.name())).append(" (").append(f.type().label())
                    .append(", ").append(Markdown.text(JavaNames.simpleName(f.declaredIn()))).append(")\n"));
        }
        if (!run.suite().templates().isEmpty()) {
            md.append("\nLeft out as family templates, requested by no test and no fixture: ")
                    .append(run.suite().templates().stream().map(Markdown::code).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        if (!run.suite().leftOut().isEmpty()) {
            md.append("\nTest classes left out, as `mvn test` leaves them:\n\n");
            run.suite().leftOut().forEach(c -> md.append("- ").append(Markdown.code(JavaNames.simpleName(c.className())))
                    .append(": ").append(Markdown.text(c.reason())).append('\n'));
        }
    }

    private static void errors(StringBuilder md, List<FixtureResult> rows) {
        List<FixtureResult> failed = rows.stream().filter(r -> !r.ok()).collect(Collectors.toList());
        if (failed.isEmpty()) {
            return;
        }
        md.append("\n## Errors and skips\n");
        for (FixtureResult row : failed) {
            md.append("\n### ").append(Markdown.code(row.fixture().name())).append(" — ")
                    .append(row.outcome().status().label()).append("\n\n");
            md.append(Markdown.block(row.outcome().error() == null ? "(no message)" : row.outcome().error().strip()));
        }
    }

    private static String gpuCell(FixtureResult row, Gpu gpu) {
        if (!gpu.available()) {
            Outcome outcome = row.outcome();
            boolean gpuSkip = outcome.status() == Status.SKIPPED && outcome.error() != null
                    && outcome.error().startsWith("no GPU");
            return gpuSkip ? "n/a (" + Markdown.text(outcome.error().strip()) + ")" : "n/a";
        }
        return Figures.mib(row.memory().gpuDeltaMib());
    }

    /** Init as every format writes it: the median in ms, then the readings' range and count. */
    private static String init(Stats ms) {
        return ms == null ? "—" : Figures.ms(ms) + " (" + Figures.range(ms) + ")";
    }

    /** A detail: median ± median absolute deviation, in the unit of the column. */
    private static String millis(Stats ms) {
        return ms == null ? "—" : Figures.number(ms.median()) + " ± " + Figures.number(ms.mad());
    }
}
