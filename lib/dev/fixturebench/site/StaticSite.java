package dev.fixturebench.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.profile.StartupSummary;
import dev.fixturebench.report.AtomicFile;
import dev.fixturebench.report.CategoryScopeSummary;
import dev.fixturebench.report.ResultFormat;

/**
 * The run as a static HTML site, ready for GitHub Pages: the run's own folder ({@code runs/<id>/}: overview, all
 * fixtures, one page per fixture, start-up, the profiles), beside the earlier runs the folder already holds, a
 * {@code history.json} and a front page listing every run. Each write rebuilds the run's folder aside and swaps it in.
 */
public final class StaticSite implements ResultFormat {

    static final int CHART_ROWS = 20;
    static final int SUMMARY_ROWS = 10;

    private final Path folder;
    private final Path results;
    private final SiteSources sources;
    private final Templates templates;
    private final RunHistory earlier;
    private final String runId;
    private boolean assetsCopied;
    private StartupView startupView;
    private String startupNote;

    /**
     * The site in {@code folder} for a run started at {@code started}, whose profiles lie under {@code results};
     * compiles the templates into {@code classes}. An earlier history the tool cannot read throws before any
     * measuring, and is never overwritten.
     */
    public StaticSite(SiteSources sources, Path folder, Path results, Path classes, Instant started)
            throws IOException {
        this.sources = sources;
        this.folder = folder.toAbsolutePath().normalize();
        this.results = results;
        this.earlier = RunHistory.read(this.folder);
        this.templates = new Templates(sources.templates(), classes);
        String id = PageNames.runId(started);
        String candidate = id;
        for (int i = 2; earlier.has(candidate) || Files.exists(runFolder(candidate)); i++) {
            candidate = id + "-" + i;
        }
        this.runId = candidate;
    }

    @Override
    public String name() {
        return "site";
    }

    @Override
    public Path location() {
        return folder;
    }

    /** This run's folder name under {@code runs/}. */
    public String runId() {
        return runId;
    }

    /** The page that opens this run: its overview. */
    public Path overview() {
        return runFolder(runId).resolve("index.html");
    }

    @Override
    public void write(RunResult run) throws IOException {
        Files.createDirectories(folder.resolve("runs"));
        if (!assetsCopied) {
            copyTree(sources.assets(), folder);
            assetsCopied = true;
        }
        RunHistory history = earlier.with(RunHistory.Entry.of(runId, run));
        Path partial = Files.createTempDirectory(folder.resolve("runs"), "." + runId + "-");
        try {
            writeRun(run, history, partial);
            swap(partial, runFolder(runId));
        } finally {
            deleteTree(partial);
        }
        AtomicFile.write(folder.resolve(RunHistory.FILE_NAME), history.toJson());
        AtomicFile.write(folder.resolve("index.html"), templates.render("runs.jte", runsPage(history)));
    }

    private void writeRun(RunResult run, RunHistory history, Path target) throws IOException {
        Files.createDirectories(target.resolve("fixtures"));
        Files.createDirectories(target.resolve("profiles"));
        String generated = Dates.text(run.generated());
        String suite = run.settings().suite();
        Map<String, String> pages = new HashMap<>();
        run.fixtures().forEach(r -> pages.put(r.fixture().name(), PageNames.fixturePage(r.fixture().name())));
        List<RunHistory.Entry> past = history.upTo(runId);
        List<FixtureEntry> entries = new ArrayList<>();
        for (FixtureResult result : run.fixtures()) {
            entries.add(entry(run, result, pages, past, target));
        }
        Function<String, String> chartLink = name -> "fixtures/" + pages.get(name);
        write(target.resolve("index.html"), "overview.jte", new OverviewPage(new RunPage("Overview", runId, generated,
                suite, "../../", "overview"), RunHeader.of(run), CategoryScopeSummary.of(run.fixtures()),
                BarChart.of(run.fixtures(), CHART_ROWS, chartLink)));
        write(target.resolve("fixtures.html"), "fixtures.jte", new FixturesPage(new RunPage("All fixtures", runId,
                generated, suite, "../../", "fixtures"), entries, distinct(entries, r -> r.fixture().category()),
                distinct(entries, r -> r.fixture().scope().label()), distinct(entries, r -> r.fixture().type().label()),
                distinct(entries, r -> r.status().label())));
        for (FixtureEntry entry : entries) {
            write(target.resolve("fixtures").resolve(entry.page()), "fixture.jte", new FixturePage(new RunPage(
                    entry.name(), runId, generated, suite, "../../../", "fixture"), entry, Trend.of(readings(past,
                    entry.name()), 480, 120)));
        }
        write(target.resolve("startup.html"), "startup.jte", startupPage(run, generated, suite, target));
    }

    private FixtureEntry entry(RunResult run, FixtureResult result, Map<String, String> pages,
                               List<RunHistory.Entry> past, Path target) throws IOException {
        String name = result.fixture().name();
        List<Link> dependsOn = result.fixture().dependsOn().stream().map(d -> new Link(d, pages.get(d))).toList();
        List<Link> usedBy = run.suite().fixtures().stream().filter(f -> f.dependsOn().contains(name))
                .map(FixtureInfo::name).sorted().map(u -> new Link(u, pages.get(u))).toList();
        List<ProfileLink> profiles = new ArrayList<>();
        if (result.profile() != null) {
            for (Map.Entry<String, String> file : result.profile().files().entrySet()) {
                String copied = copyProfile(file.getValue(), target);
                if (copied != null) {
                    profiles.add(new ProfileLink(file.getKey(), PageNames.viewer("runs/" + runId + "/" + copied,
                            name + " (" + file.getKey() + ")", 3), "../" + copied,
                            result.profile().samples().get(file.getKey())));
                }
            }
        }
        return new FixtureEntry(result, pages.get(name), Trend.of(readings(past, name), 90, 22), dependsOn, usedBy,
                profiles);
    }

    private StartupPage startupPage(RunResult run, String generated, String suite, Path target) throws IOException {
        RunPage page = new RunPage("Start-up", runId, generated, suite, "../../", "startup");
        StartupProfile profile = run.startupProfile();
        if (profile == null) {
            return new StartupPage(page, List.of(new HeaderLine("Start-up profile", "off (--no-profile)")), null, null,
                    null);
        }
        if (!profile.recorded()) {
            return new StartupPage(page, List.of(new HeaderLine("Start-up profile", "none — " + profile.failure())),
                    null, null, null);
        }
        String copied = copyProfile(profile.file(), target);
        List<HeaderLine> lines = new ArrayList<>();
        lines.add(new HeaderLine("Profiler", profile.profiler() + ", event " + profile.event() + ", every "
                + Figures.number(profile.intervalMs()) + " ms, " + profile.samples() + " samples"));
        lines.add(new HeaderLine("Its cost", String.format(java.util.Locale.ROOT, "the profiled fork took %s against"
                + " the unprofiled median of %s (%+.0f %%), and is kept out of the baseline",
                Figures.ms(profile.profiledWallMs()), Figures.ms(profile.unprofiledMedianMs()), profile.cost() * 100)));
        if (!profile.notes().isEmpty()) {
            lines.add(new HeaderLine("Passed over", profile.notes()));
        }
        if (startupView == null && startupNote == null) {
            try {
                startupView = StartupView.of(StartupSummary.read(results.resolve(profile.file())), SUMMARY_ROWS);
            } catch (IllegalArgumentException e) {
                startupNote = "Not summarised: " + e.getMessage();
            }
        }
        ProfileLink link = copied == null ? null : new ProfileLink(profile.event(), PageNames.viewer("runs/" + runId
                + "/" + copied, "launcher start-up", 2), copied, profile.samples());
        return new StartupPage(page, lines, link, startupView, startupNote);
    }

    /** Copies a profile from the results folder into the run's {@code profiles/}; its path there, or null if gone. */
    private String copyProfile(String file, Path target) throws IOException {
        Path source = results.resolve(file);
        if (!Files.isRegularFile(source)) {
            return null;
        }
        String copied = "profiles/" + source.getFileName();
        Files.copy(source, target.resolve(copied), StandardCopyOption.REPLACE_EXISTING);
        return copied;
    }

    private RunsPage runsPage(RunHistory history) {
        List<RunsPage.RunRow> rows = new ArrayList<>();
        for (RunHistory.Entry entry : history.runs()) {
            boolean kept = Files.isRegularFile(runFolder(entry.id()).resolve("index.html"));
            rows.add(0, new RunsPage.RunRow(entry.id(), Dates.text(entry.generated()), entry.suite(), entry.measured()
                    + " of " + entry.discovered(), entry.ok(), Figures.ms(entry.baselineMs()),
                    Figures.ms(entry.totalInitMs()), kept ? "runs/" + entry.id() + "/index.html" : null));
        }
        return new RunsPage(rows);
    }

    private static List<Trend.Reading> readings(List<RunHistory.Entry> past, String fixture) {
        return past.stream().map(e -> new Trend.Reading(Dates.text(e.generated()), e.initMs().get(fixture))).toList();
    }

    private static List<String> distinct(List<FixtureEntry> entries, Function<FixtureResult, String> field) {
        return List.copyOf(new TreeSet<>(entries.stream().map(e -> field.apply(e.result())).toList()));
    }

    private void write(Path file, String template, Object page) throws IOException {
        Files.writeString(file, templates.render(template, page));
    }

    private Path runFolder(String id) {
        return folder.resolve("runs").resolve(id);
    }

    /** Puts {@code partial} where {@code target} was, the old folder moved aside first and deleted after. */
    private static void swap(Path partial, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + "-old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
