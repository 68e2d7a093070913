package dev.fixturebench.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.model.Advice;
import dev.fixturebench.model.AdviceListing;
import dev.fixturebench.model.AdvicePattern;
import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.SpringContext;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.SuiteFixture;
import dev.fixturebench.model.SuiteTests;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.profile.StartupSummary;
import dev.fixturebench.report.AtomicFile;
import dev.fixturebench.report.ResultFormat;
import dev.fixturebench.results.CategoryScopeSummary;
import dev.fixturebench.view.AdviceLines;
import dev.fixturebench.view.Figures;
import dev.fixturebench.view.HeaderLine;
import dev.fixturebench.view.RunHeader;
import dev.fixturebench.view.Dates;

/**
 * The run as a static HTML site, ready for GitHub Pages: the run's own folder ({@code runs/<id>/}: overview, all
 * fixtures, one page per fixture, start-up, the whole suite with {@code --whole-suite}, the profiles), beside the
 * earlier runs the folder already holds, a {@code history.json} and a front page listing every run. Each write
 * replaces, file by file through temporary files, only the pages whose content changed, so writing after every fixture
 * stays cheap and a reader never meets half a page.
 */
public final class StaticSite implements ResultFormat {

    static final int CHART_ROWS = 20;
    static final int SUMMARY_ROWS = 10;
    /** Runs the table's small trends show; a fixture's own page shows them all. */
    static final int TABLE_TREND_RUNS = 20;
    private static final String LOCK = ".fixture-bench.lock";

    private final Path folder;
    private final Path results;
    private final SiteSources sources;
    private final Templates templates;
    private final String runId;
    private final String started;
    /** The fixture pages written so far, by fixture: a page is written again only when what it shows changed. */
    private final Map<String, FixturePage> written = new HashMap<>();
    private boolean assetsCopied;
    private StartupView startupView;
    private String startupNote;

    /**
     * The site in {@code folder} for a run started at {@code started}, whose profiles lie under {@code results};
     * compiles the templates into {@code classes} and claims the run's folder. A folder that holds something other
     * than a site ({@link #refuseForeign}), or a history the tool cannot read, throws before any measuring and is
     * left untouched.
     */
    public StaticSite(SiteSources sources, Path folder, Path results, Path classes, Instant started)
            throws IOException {
        this(sources, folder, results, classes, started, false);
    }

    /**
     * As above; a {@code resumed} run (--resume) takes over the folder of the run it finishes, the one that started
     * at {@code started}, where it exists, so the site keeps one run, not a partial one and its rest.
     */
    public StaticSite(SiteSources sources, Path folder, Path results, Path classes, Instant started,
                      boolean resumed) throws IOException {
        this(sources, folder, results, classes, started, resumed, SetupCache.off());
    }

    /** As above, the templates' compiled classes loaded from {@code cache} where it keeps them, else kept there. */
    public StaticSite(SiteSources sources, Path folder, Path results, Path classes, Instant started,
                      boolean resumed, SetupCache cache) throws IOException {
        this.sources = sources;
        this.folder = folder.toAbsolutePath().normalize();
        this.results = results;
        refuseForeign(this.folder);
        RunHistory earlier = RunHistory.read(this.folder);
        this.templates = new Templates(sources.templates(), classes, cache);
        this.started = Dates.text(started);
        Files.createDirectories(this.folder.resolve("runs"));
        String id = PageNames.runId(started);
        String candidate = id;
        for (int i = 2; !(resumed && Files.isDirectory(runFolder(candidate))); i++) {
            if (!earlier.has(candidate)) {
                try {
                    Files.createDirectory(runFolder(candidate)); // claimed: a run started in the same second picks another
                    break;
                } catch (FileAlreadyExistsException taken) {
                    // try the next
                }
            }
            candidate = id + "-" + i;
        }
        this.runId = candidate;
    }

    /**
     * Throws {@link IllegalArgumentException}, saying what to do, when {@code folder} holds files and no site of this
     * tool (no {@code history.json}, and more than a run's claimed folder): a run never writes over someone else's.
     */
    public static void refuseForeign(Path folder) throws IOException {
        if (!Files.isDirectory(folder) || Files.isRegularFile(folder.resolve(RunHistory.FILE_NAME))) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            // a run that claimed its folder and has not written yet leaves runs/ and the lock alone
            if (entries.map(e -> e.getFileName().toString()).anyMatch(e -> !e.equals("runs") && !e.equals(LOCK))) {
                throw new IllegalArgumentException(folder + " is not empty and holds no Fixture Bench site (no "
                        + RunHistory.FILE_NAME + "): give --site a new or empty folder, or one a run wrote.");
            }
        }
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
    @Override
    public Path opens() {
        return runFolder(runId).resolve("index.html");
    }

    @Override
    public void write(RunResult run) throws IOException {
        if (!assetsCopied) {
            copyTree(sources.assets(), folder);
            assetsCopied = true;
        }
        try (FileChannel lock = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            // read again each time: another run may share the folder
            RunHistory history = RunHistory.read(folder).with(RunHistory.Entry.of(runId, run));
            writeRun(run, history, runFolder(runId));
            AtomicFile.write(folder.resolve(RunHistory.FILE_NAME), history.toJson());
            AtomicFile.write(folder.resolve("index.html"), templates.render("runs.jte", runsPage(history)));
        }
    }

    private void writeRun(RunResult run, RunHistory history, Path target) throws IOException {
        Files.createDirectories(target.resolve("fixtures"));
        Files.createDirectories(target.resolve("profiles"));
        String suite = run.settings().suite();
        WholeSuite wholeSuite = run.wholeSuite();
        boolean hasSuite = wholeSuite != null;
        Map<String, String> pages = new HashMap<>();
        run.fixtures().forEach(r -> pages.put(r.fixture().name(), PageNames.fixturePage(r.fixture().name())));
        Map<String, List<String>> users = new HashMap<>();
        for (FixtureInfo fixture : run.suite().fixtures()) {
            fixture.dependsOn().forEach(d -> users.computeIfAbsent(d, k -> new ArrayList<>()).add(fixture.name()));
        }
        List<RunHistory.Entry> past = history.upTo(runId);
        List<FixtureEntry> entries = new ArrayList<>();
        Map<String, SuiteFixture> inSuite = hasSuite ? wholeSuite.byName() : Map.of();
        Map<String, List<Advice>> advice = hasSuite ? wholeSuite.adviceByName() : Map.of();
        for (FixtureResult result : run.fixtures()) {
            FixtureEntry entry = entry(result, pages, users, past, inSuite.get(result.fixture().name()),
                    advice.getOrDefault(result.fixture().name(), List.of()));
            entries.add(entry);
            // the entry holds the in-suite figures and advice, the run page whether the nav links the suite's page
            FixturePage page = new FixturePage(new RunPage(entry.name(), runId, started, suite, "../../../",
                    "fixture", hasSuite), entry, Trend.of(readings(past, entry.name()), 480, 120));
            if (!page.equals(written.get(entry.name()))) {
                copyProfiles(result, entry, target);
                AtomicFile.write(target.resolve("fixtures").resolve(entry.page()), templates.render("fixture.jte",
                        page));
                written.put(entry.name(), page);
            }
        }
        Function<String, String> chartLink = name -> "fixtures/" + pages.get(name);
        AtomicFile.write(target.resolve("index.html"), templates.render("overview.jte", new OverviewPage(
                new RunPage("Overview", runId, started, suite, "../../", "overview", hasSuite), RunHeader.of(run),
                CategoryScopeSummary.of(run.fixtures()), BarChart.of(run.fixtures(), CHART_ROWS, chartLink),
                run.comparison())));
        AtomicFile.write(target.resolve("fixtures.html"), templates.render("fixtures.jte", FixturesPage.of(
                new RunPage("All fixtures", runId, started, suite, "../../", "fixtures", hasSuite), entries,
                distinct(entries, r -> r.fixture().category()), distinct(entries, r -> r.fixture().scope().label()),
                distinct(entries, r -> r.fixture().type().label()),
                distinct(entries, r -> r.outcome().status().label()), hasSuite, run.comparison())));
        AtomicFile.write(target.resolve("startup.html"), templates.render("startup.jte",
                startupPage(run, suite, target)));
        if (hasSuite) {
            AtomicFile.write(target.resolve("suite.html"), templates.render("suite.jte",
                    suitePage(run, suite, pages)));
        } else {
            Files.deleteIfExists(target.resolve("suite.html")); // a page no navigation links would mislead
        }
    }

    private FixtureEntry entry(FixtureResult result, Map<String, String> pages, Map<String, List<String>> users,
                               List<RunHistory.Entry> past, SuiteFixture inSuite, List<Advice> advice) {
        String name = result.fixture().name();
        List<Link> dependsOn = result.fixture().dependsOn().stream().map(d -> new Link(d, pages.get(d))).toList();
        List<Link> usedBy = users.getOrDefault(name, List.of()).stream().sorted().map(u -> new Link(u, pages.get(u)))
                .toList();
        List<ProfileLink> profiles = new ArrayList<>();
        if (result.profile() != null) {
            result.profile().files().forEach((event, file) -> {
                if (!Files.isRegularFile(results.resolve(file))) {
                    return; // gone from the results folder: no link to a copy that will not exist
                }
                String copied = profileCopy(pages.get(name), event);
                profiles.add(new ProfileLink(event, PageNames.viewer("runs/" + runId + "/" + copied, name + " ("
                        + event + ")", 3), "../" + copied, result.profile().samples().get(event)));
            });
        }
        List<RunHistory.Entry> recent = past.subList(Math.max(0, past.size() - TABLE_TREND_RUNS), past.size());
        return new FixtureEntry(result, pages.get(name), Trend.of(readings(recent, name), 90, 22), dependsOn, usedBy,
                profiles, inSuite, advice);
    }

    /** The whole suite's page: its figures, advice, fixtures (linked where measured alone), classes and contexts. */
    private SuitePage suitePage(RunResult run, String suite, Map<String, String> pages) {
        WholeSuite whole = run.wholeSuite();
        Function<String, Link> fixtureLink = name -> new Link(name, pages.containsKey(name) ? "fixtures/"
                + pages.get(name) : null);
        List<HeaderLine> header = new ArrayList<>();
        header.add(new HeaderLine("Suite runs", whole.runs() == 0 ? "none finished — see the notes"
                : whole.runs() + " (each in a fresh JVM; the figures below are medians over them)"));
        header.add(new HeaderLine("Test classes", whole.testClasses() + " selected; " + whole.classes().size()
                + " ran, each @Nested class counted on its own"));
        header.add(new HeaderLine("Wall time", whole.wallMs() == null ? "— no run finished"
                : Figures.ms(whole.wallMs()) + " median (" + Figures.range(whole.wallMs()) + ") — the launcher's run"
                + " of the whole suite"));
        Double share = whole.buildShare();
        header.add(new HeaderLine("Building fixtures", whole.buildMs() == null ? "— not timed"
                : Figures.ms(whole.buildMs()) + " per run, each fixture's own build counted once"
                + (share == null ? "" : ": " + Figures.share(share) + " of the wall time")));
        SuiteTests tests = whole.tests();
        List<String> failures = List.of();
        if (tests == null) {
            header.add(new HeaderLine("Tests", "not counted"));
        } else {
            failures = tests.failures();
            header.add(new HeaderLine("Tests", String.format(Locale.ROOT, "%d passed, %d failed, %d aborted,"
                    + " %d skipped (the first run)", tests.passed(), tests.failed(), tests.aborted(), tests.skipped())
                    + (tests.failed() > failures.size() && !failures.isEmpty() ? "; the first " + failures.size()
                    + " failures are named" : "")));
        }
        AdviceListing listing = whole.adviceListing();
        List<SuitePage.AdviceRow> advice = listing.rows().stream().map(row -> new SuitePage.AdviceRow(row.pattern()
                ? new Link(row.name(), null) : fixtureLink.apply(row.name()), row.fromScope().label(), row.toLabel(),
                row.savingMs(), row.reason(), row.pattern() ? AdviceLines.members(row) : null, row.members().stream()
                .map(m -> new SuitePage.Member(fixtureLink.apply(m.fixture()), m.savingMs())).toList())).toList();
        Map<String, FixtureResult> measured = new HashMap<>();
        run.fixtures().forEach(r -> measured.put(r.fixture().name(), r));
        Map<String, List<SuitePage.FixtureRow>> groups = new LinkedHashMap<>();
        for (SuiteFixture fixture : whole.fixtures()) {
            FixtureInfo info = fixture.fixture();
            FixtureResult isolated = measured.get(info.name());
            SuitePage.FixtureRow row = new SuitePage.FixtureRow(fixtureLink.apply(info.name()), info.type().label(),
                    info.scope().label(), fixture.inSuite(), isolated == null ? null : isolated.timings().ownInitMs(),
                    fixture.measuredAs(), List.of());
            String method = AdvicePattern.anyClass(info.name());
            groups.computeIfAbsent(method == null ? info.name() : method + "\n" + row.type() + "\n" + row.scope(),
                    k -> new ArrayList<>()).add(row);
        }
        List<SuitePage.FixtureRow> fixtures = new ArrayList<>();
        for (List<SuitePage.FixtureRow> group : groups.values()) {
            if (group.size() < AdvicePattern.MIN_FIXTURES) {
                fixtures.addAll(group);
            } else {
                fixtures.add(group(group));
            }
        }
        fixtures.sort(Comparator.comparingDouble((SuitePage.FixtureRow r) -> -r.inSuite().totalMs()));
        Set<String> contextIds = new HashSet<>();
        whole.contexts().forEach(c -> contextIds.add(c.id()));
        List<SuitePage.ClassRow> classes = new ArrayList<>();
        for (ClassTiming timing : whole.classes()) {
            String context = timing.context();
            classes.add(new SuitePage.ClassRow(timing, context == null ? null
                    : new Link(context, contextIds.contains(context) ? "#" + context : null)));
        }
        List<SuitePage.ContextRow> contexts = new ArrayList<>();
        for (SpringContext context : whole.contexts()) {
            List<SuitePage.ContextClass> users = context.classes().stream()
                    .map(c -> new SuitePage.ContextClass(c, context.builtBy().contains(c))).toList();
            contexts.add(new SuitePage.ContextRow(context.id(), users, context.buildMs(), context.misses(),
                    context.hits(), context.closest(), context.differences(), context.facets()));
        }
        return new SuitePage(new RunPage("The whole suite", runId, started, suite, "../../", "suite", true), header,
                failures, advice, AdviceLines.more(listing), fixtures, classes, contexts, whole.notes());
    }

    /**
     * The same method, type and scope in several classes as one row: {@code *#setUp}, its figures added up (the median
     * build, its members' median), opening to its members.
     */
    private static SuitePage.FixtureRow group(List<SuitePage.FixtureRow> members) {
        SuitePage.FixtureRow first = members.get(0);
        List<InSuite> figures = members.stream().map(SuitePage.FixtureRow::inSuite).toList();
        double median = Stats.of(figures.stream().map(InSuite::medianMs).toList()).orElseThrow().median();
        InSuite total = new InSuite(figures.stream().mapToInt(InSuite::builds).sum(),
                figures.stream().mapToDouble(InSuite::totalMs).sum(), median,
                figures.stream().mapToDouble(InSuite::teardownMs).sum(), figures.stream().mapToInt(InSuite::tests).sum(),
                figures.stream().mapToInt(InSuite::classes).sum());
        String measuredAs = members.stream().map(SuitePage.FixtureRow::measuredAs).distinct().count() == 1
                ? first.measuredAs() : null;
        List<SuitePage.FixtureRow> costliest = members.stream()
                .sorted(Comparator.comparingDouble((SuitePage.FixtureRow r) -> -r.inSuite().totalMs())).toList();
        return new SuitePage.FixtureRow(new Link(AdvicePattern.anyClass(first.fixture().text()), null), first.type(),
                first.scope(), total, null, measuredAs, costliest);
    }

    /** Copies the fixture's profiles into the run's {@code profiles/}, named after its page; a profile gone is left out. */
    private void copyProfiles(FixtureResult result, FixtureEntry entry, Path target) throws IOException {
        if (result.profile() == null) {
            return;
        }
        for (Map.Entry<String, String> file : result.profile().files().entrySet()) {
            Path source = results.resolve(file.getValue());
            if (Files.isRegularFile(source)) {
                Files.copy(source, target.resolve(profileCopy(entry.page(), file.getKey())),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A fixture profile's copy in the run folder: {@code profiles/<its page's name>-<event>.json}. */
    private static String profileCopy(String page, String event) {
        return "profiles/" + page.substring(0, page.length() - ".html".length()) + "-" + event + ".json";
    }

    private StartupPage startupPage(RunResult run, String suite, Path target) throws IOException {
        RunPage page = new RunPage("Start-up", runId, started, suite, "../../", "startup",
                run.wholeSuite() != null);
        StartupProfile profile = run.startupProfile();
        if (profile == null || !profile.recorded()) {
            return new StartupPage(page, List.of(new HeaderLine("Start-up profile", RunHeader.startupProfile(profile))),
                    null, null, null);
        }
        String copied = copyStartupProfile(profile.file(), target);
        List<HeaderLine> lines = new ArrayList<>();
        lines.add(new HeaderLine("Profiler", RunHeader.sampling(profile)));
        lines.add(new HeaderLine("Its cost", RunHeader.cost(profile)));
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
        // no title: the viewer would give it to every thread's profile; the file's own name titles the page
        ProfileLink link = copied == null ? null : new ProfileLink(profile.event(), PageNames.viewer("runs/" + runId
                + "/" + copied, null, 2), copied, profile.samples());
        return new StartupPage(page, lines, link, startupView, startupNote);
    }

    /** Copies the start-up profile into the run's {@code profiles/} once; its path there, or null if it is gone. */
    private String copyStartupProfile(String file, Path target) throws IOException {
        Path source = results.resolve(file);
        String copied = "profiles/" + source.getFileName();
        if (!Files.isRegularFile(target.resolve(copied))) {
            if (!Files.isRegularFile(source)) {
                return null;
            }
            Files.copy(source, target.resolve(copied), StandardCopyOption.REPLACE_EXISTING);
        }
        return copied;
    }

    private RunsPage runsPage(RunHistory history) {
        List<RunsPage.RunRow> rows = new ArrayList<>();
        List<Trend.Reading> totals = new ArrayList<>();
        for (RunHistory.Entry entry : history.runs()) {
            totals.add(new Trend.Reading(Dates.text(entry.generated()), entry.totalInitMs()));
            boolean kept = Files.isRegularFile(runFolder(entry.id()).resolve("index.html"));
            rows.add(0, new RunsPage.RunRow(entry.id(), Dates.text(entry.generated()), entry.suite(), entry.measured()
                    + " of " + entry.discovered(), entry.ok(), Figures.ms(entry.baselineMs()),
                    Figures.ms(entry.totalInitMs()), kept ? "runs/" + entry.id() + "/index.html" : null));
        }
        return new RunsPage(rows, Trend.of(totals, 480, 120));
    }

    /**
     * The readings of {@code fixture} up to this run; this run's is dated by its start, not by its latest write, so its
     * pages do not change with every write (each fixture's page was rendered and written again after every fixture:
     * 500 fixtures, 125,000 pages).
     */
    private List<Trend.Reading> readings(List<RunHistory.Entry> past, String fixture) {
        return past.stream().map(e -> new Trend.Reading(e.id().equals(runId) ? started : Dates.text(e.generated()),
                e.initMs().get(fixture))).toList();
    }

    private static List<String> distinct(List<FixtureEntry> entries, Function<FixtureResult, String> field) {
        return List.copyOf(new TreeSet<>(entries.stream().map(e -> field.apply(e.result())).toList()));
    }

    private Path runFolder(String id) {
        return folder.resolve("runs").resolve(id);
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
}
