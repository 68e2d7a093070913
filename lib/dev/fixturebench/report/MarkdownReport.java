package dev.fixturebench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.fixturebench.model.ClassDataSharing;
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
        md.append("| Fixture | Type | Scope | Category | Init (s) | Memory Δ (MiB) | GPU Δ (MiB) | Status |\n");
        md.append("|---|---|---|---|---:|---:|---:|---|\n");
        Gpu gpu = run.environment().gpu();
        for (FixtureResult row : rows) {
            md.append("| ").append(Markdown.code(row.fixture().name())).append(" | ").append(row.fixture().type().label())
                    .append(" | ").append(row.fixture().scope().label()).append(" | ")
                    .append(Markdown.text(row.fixture().category()))
                    .append(" | ").append(seconds(row.timings().initMs()))
                    .append(row.measuredAs() == null ? "" : " †")
                    .append(row.noisy() ? " ⚠ noisy" : "")
                    .append(" | ").append(mib(row.memory().heapRetainedMib()))
                    .append(" | ").append(gpuCell(row, gpu))
                    .append(" | ").append(row.outcome().status().label()).append(profileCell(row)).append(" |\n");
        }
        md.append("\nInit is the cold build of the fixture, dependencies included, timed inside a fresh JVM around"
                + " the fixture call: median (min–max, n). Memory Δ is the heap retained with the fixture alive:"
                + " live bytes after a full collection, minus the same before it.");
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

    /** The start-up profile's line: profiler, interval, samples and its cost, or why there is none. */
    static void startupProfile(StringBuilder md, StartupProfile profile) {
        if (profile == null) {
            md.append("- **Start-up profile:** off (--no-startup-profile)\n");
            return;
        }
        if (!profile.recorded()) {
            md.append("- **Start-up profile:** none — ").append(Markdown.text(profile.failure())).append('\n');
            return;
        }
        md.append("- **Start-up profile:** ").append(Markdown.code(profile.file())).append(String.format(Locale.ROOT,
                " (raw: %s) — %s, event %s, every %s ms, %d samples; the profiled fork took %.0f ms against the"
                        + " unprofiled median of %.0f ms (%+.0f %%: the profiler's cost), and is kept out of the"
                        + " baseline", Markdown.code(profile.rawFile()), profile.profiler(), profile.event(),
                java.math.BigDecimal.valueOf(profile.intervalMs()).stripTrailingZeros().toPlainString(),
                profile.samples(), profile.profiledWallMs(), profile.unprofiledMedianMs(), profile.cost() * 100));
        if (!profile.notes().isEmpty()) {
            md.append("; passed over: ").append(Markdown.text(profile.notes()));
        }
        md.append('\n');
    }

    private static void header(StringBuilder md, RunResult run) {
        Gpu gpu = run.environment().gpu();
        long ok = run.fixtures().stream().filter(FixtureResult::ok).count();
        Stats startup = run.baseline().startupMs();
        md.append("- **Generated:** ").append(run.generated()).append('\n');
        md.append("- **Java:** ").append(Markdown.text(run.environment().java())).append('\n');
        md.append("- **OS:** ").append(Markdown.text(run.environment().os())).append('\n');
        md.append("- **CPU:** ").append(Markdown.text(run.environment().cpu())).append('\n');
        md.append("- **GPU available:** ").append(gpu.available()
                ? "yes — " + Markdown.text(gpu.device() + " (" + gpu.driver() + ")")
                : "no — " + Markdown.text(gpu.reason())).append('\n');
        md.append("- **Suite:** ").append(Markdown.code(run.settings().suite())).append(" (")
                .append(run.settings().frameworks()).append(")\n");
        md.append("- **Fixtures analysed:** ").append(run.fixtures().size()).append(" of ")
                .append(run.suite().fixtures().size()).append(" discovered (").append(ok).append(" ok); the suite has ")
                .append(run.suite().tests()).append(" tests\n");
        md.append("- **Baseline startup:** ").append(String.format(Locale.ROOT, "%.0f ms median (%.0f–%.0f, n=%d)",
                startup.median(), startup.min(), startup.max(), startup.n()))
                .append(" — a fresh JVM running the suite's test framework on one empty test\n");
        ClassDataSharing sharing = run.settings().classDataSharing();
        Stats withoutArchive = run.baseline().startupWithoutArchiveMs();
        md.append("- **Class-data sharing:** ").append(sharing.used() ? "yes — every fork starts from an archive"
                + " dumped for this run: " + Markdown.text(sharing.detail())
                : "no — forks start without an archive: " + Markdown.text(sharing.detail()));
        if (withoutArchive != null) {
            md.append(String.format(Locale.ROOT, "; baseline startup without it: %.0f ms median (%.0f–%.0f, n=%d)",
                    withoutArchive.median(), withoutArchive.min(), withoutArchive.max(), withoutArchive.n()));
        }
        md.append('\n');
        startupProfile(md, run.startupProfile());
        md.append("- **Repeats:** ").append(run.settings().repeat()).append(" fresh JVM(s) per fixture, time limit ")
                .append(java.math.BigDecimal.valueOf(run.settings().timeoutSeconds()).stripTrailingZeros()
                        .toPlainString()).append(" s each\n");
        md.append("- **Warm-up:** ").append(run.settings().warmup() == 0
                ? "none — init is the cold first build of the fixture in a fresh JVM"
                : run.settings().warmup() + " build(s) run and discarded in each fork before the measured one")
                .append('\n');
        md.append("- **Parallel forks:** ").append(run.settings().jobs() == 1 ? "1 (one fork at a time)"
                : run.settings().jobs() + " at a time — forks competed for the " + "CPUs, memory and GPU, so"
                + " timings, RSS and GPU Δ may be disturbed; rerun with --jobs=1 for figures to trust")
                .append("\n");
        String shard = run.settings().shard();
        if (run.settings().merged()) {
            md.append("- **Shards:** ").append(shard).append(" (merged); the machine, baseline and start-up profile"
                    + " above are the first shard's, each shard's own are in its results\n");
        } else if (shard != null) {
            md.append("- **Shard:** ").append(shard).append(" of the selected fixtures (--shard); join the shards'"
                    + " results with fixture-bench merge\n");
        }
        md.append('\n');
    }

    private static void summary(StringBuilder md, RunResult run) {
        md.append("\n## By category and scope\n\n");
        md.append("| Category | Scope | Fixtures | Ok | Total init (s) | Median init (s) |\n");
        md.append("|---|---|---:|---:|---:|---:|\n");
        for (CategoryScopeSummary.Row row : CategoryScopeSummary.of(run.fixtures())) {
            md.append("| ").append(Markdown.text(row.category())).append(" | ").append(row.scope().label()).append(" | ")
                    .append(row.count()).append(" | ").append(row.ok()).append(" | ")
                    .append(secondsOf(row.totalInitMs())).append(" | ").append(secondsOf(row.medianInitMs()))
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
                    .append(" | ").append(mib(memory.allocatedMib()))
                    .append(" | ").append(memory.classesLoaded() == null ? "—" : String.format(Locale.ROOT, "%.0f",
                            memory.classesLoaded()))
                    .append(" | ").append(mib(memory.rssDeltaMib())).append(" |\n");
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
        return mib(row.memory().gpuDeltaMib());
    }

    private static String seconds(Stats ms) {
        if (ms == null) {
            return "—";
        }
        String format = ms.median() < 10 ? "%.4f (%.4f–%.4f, n=%d)" : "%.3f (%.3f–%.3f, n=%d)";
        return String.format(Locale.ROOT, format, ms.median() / 1000, ms.min() / 1000, ms.max() / 1000, ms.n());
    }

    private static String secondsOf(Double ms) {
        return ms == null ? "—" : String.format(Locale.ROOT, "%.3f", ms / 1000);
    }

    private static String millis(Stats ms) {
        return ms == null ? "—" : String.format(Locale.ROOT, "%.1f ± %.1f", ms.median(), ms.mad());
    }

    private static String mib(Double value) {
        if (value == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f", Math.abs(value) < 0.05 ? 0.0 : value); // never "-0.0"
    }
}
