///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVAC_OPTIONS -encoding UTF-8
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS info.picocli:picocli:4.7.7
//SOURCES ToolProcess.java

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fixture Bench's accuracy benchmark: runs the real tool on a suite whose fixtures have a known cost
 * (examples/calibration-suite, or with {@code --suite} the JUnit 4 or TestNG one), and prints for each the figure
 * reported, the truth and the error, for the in-fork method and for the pytest tool's wall-clock-minus-baseline
 * method, then what the whole run cost against the work it had to do. Run it from the repository root:
 * {@code ./jbang scripts/accuracy.java [--suite=calibration|junit4|testng] [--repeat=N] [--out=DIR]}.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = "Benchmark Fixture Bench itself against fixtures of known cost (examples/calibration-suite,"
                + " examples/junit4-suite or examples/testng-suite).")
public class accuracy implements Callable<Integer> {

    /** What a figure measures, its unit, and how far from the truth it may be: the larger of a share and a floor. */
    enum Kind {
        TIME("ms", "init_ms", 0.03, 8.0), TEARDOWN("ms", "teardown_ms", 0.03, 8.0),
        HEAP("MiB", "heap_retained_mib", 0.03, 2.0);

        final String unit;
        final String field;
        final double relativeTolerance;
        final double absoluteTolerance;

        Kind(String unit, String field, double relativeTolerance, double absoluteTolerance) {
            this.unit = unit;
            this.field = field;
            this.relativeTolerance = relativeTolerance;
            this.absoluteTolerance = absoluteTolerance;
        }

        double tolerance(double truth) {
            return Math.max(truth * relativeTolerance, absoluteTolerance);
        }
    }

    /** The known cost of one fixture: init time (dependencies included), teardown time or heap retained. */
    record Truth(String fixture, Kind kind, double value) {
    }

    /** The suites of known cost, what of each the tool measures, and every truth: the one place these numbers live. */
    enum Suite {
        CALIBRATION("examples/calibration-suite", List.of("--category=Calibration"), List.of(
                new Truth("calib_sleep_50ms", Kind.TIME, 50),
                new Truth("calib_sleep_250ms", Kind.TIME, 250),
                new Truth("calib_sleep_1000ms", Kind.TIME, 1000),
                new Truth("calib_cpu_200ms", Kind.TIME, 200),
                new Truth("calib_chain_1", Kind.TIME, 40),
                new Truth("calib_chain_2", Kind.TIME, 80),
                new Truth("calib_chain_3", Kind.TIME, 120),
                new Truth("calib_heap_16mib", Kind.HEAP, 16),
                new Truth("calib_heap_128mib", Kind.HEAP, 128),
                new Truth("calib_heap_512mib", Kind.HEAP, 512))),
        JUNIT4("examples/junit4-suite", List.of(), List.of(
                new Truth("ServerClassTest#startServer", Kind.TIME, 350),
                new Truth("ServerClassTest#stopServer", Kind.TIME, 30),
                new Truth("ContainerRuleTest#container", Kind.TIME, 120),
                new Truth("ContainerRuleTest#container", Kind.TEARDOWN, 20),
                new Truth("RuleTest#connection", Kind.TIME, 220),
                new Truth("RuleTest#connection", Kind.TEARDOWN, 25),
                new Truth("MethodRuleTest#session", Kind.TIME, 45),
                new Truth("HeapBeforeTest#loadTable", Kind.TIME, 70),
                new Truth("HeapBeforeTest#loadTable", Kind.HEAP, 64),
                new Truth("ParametersTest#table", Kind.TIME, 90),
                new Truth("ParametersTest#parseRow", Kind.TIME, 15),
                new Truth("AbstractStoreTest#openStore", Kind.TIME, 60),
                new Truth("LegacyCacheTest#setUp", Kind.TIME, 25),
                new Truth("LegacyCacheTest#tearDown", Kind.TIME, 10))),
        TESTNG("examples/testng-suite", List.of(), List.of(
                new Truth("SuiteSetup#startCluster", Kind.TIME, 280),
                new Truth("SuiteSetup#stopCluster", Kind.TIME, 30),
                new Truth("GroupsTest#startEnvironment", Kind.TIME, 50),
                new Truth("GroupsTest#warmCache", Kind.TIME, 30),
                new Truth("ClassSetupTest#openConnection", Kind.TIME, 180),
                new Truth("MethodSetupTest#resetState", Kind.TIME, 40),
                new Truth("MethodSetupTest#clearState", Kind.TIME, 10),
                new Truth("HeapBeforeMethodTest#loadTable", Kind.TIME, 70),
                new Truth("HeapBeforeMethodTest#loadTable", Kind.HEAP, 64),
                new Truth("DataProviderTest#rows", Kind.TIME, 120),
                new Truth("FactoryTest#shards", Kind.TIME, 15)));

        final String path;
        final List<String> selection;
        final List<Truth> truths;

        Suite(String path, List<String> selection, List<Truth> truths) {
            this.path = path;
            this.selection = selection;
            this.truths = truths;
        }
    }

    /** A figure as the results JSON gives it: median, MAD and n where it has them (NaN / 0 where not). */
    record Figure(double median, double mad, double min, double max, int n) {

        static Figure of(JsonNode node, int forks) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isNumber()) {
                return new Figure(node.asDouble(), Double.NaN, Double.NaN, Double.NaN, forks);
            }
            return new Figure(node.path("median").asDouble(), number(node, "mad"), number(node, "min"),
                    number(node, "max"), node.path("n").asInt(forks));
        }

        private static double number(JsonNode node, String field) {
            return node.path(field).isNumber() ? node.path(field).asDouble() : Double.NaN;
        }
    }

    /** One fixture's reading against its truth: in-fork, and for time fixtures wall − baseline. */
    record Row(Truth truth, String status, Figure inFork, Figure wallMinusBaseline) {

        boolean withinTarget() {
            return inFork != null && Math.abs(inFork.median() - truth.value()) <= truth.kind().tolerance(truth.value());
        }

        String missReason() {
            if (inFork == null) {
                return truth.fixture() + ": no figure (status " + status + ")";
            }
            return String.format(Locale.ROOT, "%s: %s %s, truth %s %s, error %s (limit ±%.1f %s)", truth.fixture(),
                    num(inFork.median()), truth.kind().unit, num(truth.value()), truth.kind().unit,
                    signed(inFork.median() - truth.value()), truth.kind().tolerance(truth.value()), truth.kind().unit);
        }
    }

    /** What the tool's run cost as a whole. */
    record RunCost(double toolWallMs, Figure baseline, Figure baselineWithoutArchive, int baselineRuns, int repeat,
                   int fixturesMeasured, List<Truth> truths) {

        double trueTimePerRepeatMs() {
            return truths.stream().filter(t -> t.kind() == Kind.TIME).mapToDouble(Truth::value).sum();
        }

        int forks() {
            return fixturesMeasured * repeat + baselineRuns;
        }

        /** The least a run could cost: every fork's bare start-up plus every fixture's true time, each repeat. */
        double floorMs() {
            return forks() * baseline.median() + trueTimePerRepeatMs() * repeat;
        }
    }

    @Option(names = "--suite", defaultValue = "calibration",
            description = "the suite of known cost: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; junit4"
                    + " and testng are examples/junit4-suite and examples/testng-suite)",
            converter = SuiteConverter.class, completionCandidates = SuiteNames.class)
    Suite suite;

    @Option(names = "--repeat", defaultValue = "5", description = "fresh JVMs per fixture (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--out", description = "where the tool writes its report and JSON (default: a fresh temp dir)")
    Path out;

    @Option(names = "--no-cds", description = "passed on: the tool's forks start without a class-data sharing archive")
    boolean noCds;

    /** {@code --suite} by its lower-case name. */
    static final class SuiteConverter implements CommandLine.ITypeConverter<Suite> {
        @Override
        public Suite convert(String value) {
            for (Suite candidate : Suite.values()) {
                if (candidate.name().equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a suite of known cost: "
                    + String.join(", ", new SuiteNames()));
        }
    }

    /** The names {@code --suite} takes. */
    static final class SuiteNames extends ArrayList<String> {
        SuiteNames() {
            for (Suite candidate : Suite.values()) {
                add(candidate.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    public static void main(String... args) {
        System.exit(new CommandLine(new accuracy()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(Path.of("bench.java")) || !Files.isRegularFile(Path.of(suite.path, "pom.xml"))) {
            System.err.println("accuracy: error: run me from Fixture Bench's repository root (no ./bench.java or ./"
                    + suite.path + "/pom.xml in " + Path.of("").toAbsolutePath() + "): ./jbang scripts/accuracy.java");
            return 2;
        }
        if (repeat < 1) {
            System.err.println("accuracy: error: --repeat must be at least 1, not " + repeat);
            return 2;
        }
        Path dir = out != null ? out : Files.createTempDirectory("fixture-bench-accuracy");
        List<String> command = toolCommand(dir);
        System.err.println("accuracy: running " + String.join(" ", command));
        long start = System.nanoTime();
        int exit = ToolProcess.run(command);
        double toolWallMs = (System.nanoTime() - start) / 1e6;
        Path results = dir.resolve("fixture_benchmark_results.json");
        if (exit != 0 || !Files.isRegularFile(results)) {
            System.err.println("accuracy: error: the tool exited with " + exit + " and wrote " + results
                    + (Files.isRegularFile(results) ? "" : " nowhere") + "; see its messages above");
            return 2;
        }
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        List<Row> rows = rows(json, suite.truths);
        Figure baseline = Figure.of(json.at("/baseline/startup_ms"), 0);
        if (baseline == null) {
            System.err.println("accuracy: error: " + results + " has no baseline.startup_ms");
            return 2;
        }
        Figure withoutArchive = Figure.of(json.at("/baseline/startup_without_archive_ms"), 0);
        RunCost cost = new RunCost(toolWallMs, baseline, withoutArchive,
                json.at("/settings/baseline_runs").asInt(), repeat, json.path("fixtures").size(), suite.truths);
        System.out.println("Fixture Bench accuracy: " + suite.path + ", " + repeat + " fresh JVM(s) per fixture, "
                + json.at("/environment/cpu").asText() + ", " + json.at("/environment/java").asText());
        System.out.println("Results: " + results.toAbsolutePath());
        JsonNode sharing = json.at("/settings/class_data_sharing");
        System.out.println("Class-data sharing: " + (sharing.path("used").asBoolean(false) ? "forks start from an"
                + " archive — " : "forks start without an archive — ") + sharing.path("detail").asText("not reported"));
        System.out.println();
        printTable(rows);
        System.out.println();
        printCost(cost);
        return verdict(rows);
    }

    List<String> toolCommand(Path dir) {
        List<String> command = new ArrayList<>(List.of("./jbang", "bench.java", "--project=" + suite.path,
                "--out=" + dir.toAbsolutePath(), "--repeat=" + repeat));
        command.addAll(suite.selection);
        if (noCds) {
            command.add("--no-cds");
        } else {
            command.add("--baseline-without-archive"); // the table's "bare fork cost without the archive"
        }
        return command;
    }

    static List<Row> rows(JsonNode json, List<Truth> truths) {
        List<Row> rows = new ArrayList<>();
        for (Truth truth : truths) {
            JsonNode fixture = find(json.path("fixtures"), truth.fixture());
            if (fixture == null) {
                rows.add(new Row(truth, "not in the results", null, null));
                continue;
            }
            String status = fixture.path("status").asText();
            int forks = fixture.at("/init_ms/n").asInt(0);
            // the heap is read in a fixture's first fork alone
            Figure inFork = !"ok".equals(status) ? null : Figure.of(fixture.get(truth.kind().field),
                    truth.kind() == Kind.HEAP ? 1 : forks);
            Figure wallMinusBaseline = truth.kind() == Kind.TIME ? Figure.of(fixture.get("wall_minus_baseline_ms"), forks) : null;
            rows.add(new Row(truth, status, inFork, wallMinusBaseline));
        }
        return rows;
    }

    private static JsonNode find(JsonNode fixtures, String name) {
        for (JsonNode fixture : fixtures) {
            if (name.equals(fixture.path("name").asText())) {
                return fixture;
            }
        }
        return null;
    }

    static void printTable(List<Row> rows) {
        String format = "%-38s %-4s %8s  %-25s %9s %8s %8s  %-3s  %19s %10s %9s%n";
        System.out.printf(Locale.ROOT, format, "Fixture", "Unit", "Truth", "In-fork: median ± MAD (n)", "Error",
                "Error %", "Limit", "OK", "Wall − baseline", "Its error", "Error %");
        for (Row row : rows) {
            Truth truth = row.truth();
            String figure = row.inFork() == null ? row.status() : stats(row.inFork());
            String error = row.inFork() == null ? "—" : signed(row.inFork().median() - truth.value());
            String percent = row.inFork() == null ? "—" : percent(row.inFork().median(), truth.value());
            String wall = row.wallMinusBaseline() == null ? "—" : num(row.wallMinusBaseline().median());
            String wallError = row.wallMinusBaseline() == null ? "—"
                    : signed(row.wallMinusBaseline().median() - truth.value());
            String wallPercent = row.wallMinusBaseline() == null ? "—"
                    : percent(row.wallMinusBaseline().median(), truth.value());
            System.out.printf(Locale.ROOT, format, truth.fixture() + (truth.kind() == Kind.TEARDOWN ? " (teardown)" : ""),
                    truth.kind().unit, num(truth.value()), figure,
                    error, percent, "±" + num(truth.kind().tolerance(truth.value())), row.withinTarget() ? "yes" : "NO",
                    wall, wallError, wallPercent);
        }
        System.out.println();
        System.out.println("Truth: init time with dependencies (ms; calib_chain_N sleeps 40 ms per link, calib_cpu_200ms"
                + " is 200 ms of thread CPU = 200 ms of wall on a free core), teardown time (ms) or heap retained (MiB),"
                + " as each suite's README gives it.");
        System.out.println("In-fork: init_ms, teardown_ms or heap_retained_mib of the results (the heap read in each"
                + " fixture's first fork: no MAD). Limit: the larger of ±3 % and ±8 ms (time) or ±2 MiB (heap).");
        System.out.println("Wall − baseline: the pytest tool's method, fork wall-clock minus the median bare-fork start-up"
                + " (wall_minus_baseline_ms), for time fixtures.");
    }

    static void printCost(RunCost cost) {
        Figure baseline = cost.baseline();
        double trueTotal = cost.trueTimePerRepeatMs() * cost.repeat();
        System.out.printf(Locale.ROOT, "Bare fork cost (baseline start-up):   %s ms median (%s–%s, n=%d)"
                + " — a fresh JVM running the suite's test framework on one empty test%n",
                num(baseline.median()), num(baseline.min()), num(baseline.max()), baseline.n());
        Figure plain = cost.baselineWithoutArchive();
        if (plain != null) {
            System.out.printf(Locale.ROOT, "Bare fork cost without the archive:   %s ms median (%s–%s, n=%d)"
                    + " — the same, started without the run's class-data sharing archive (--no-cds)%n",
                    num(plain.median()), num(plain.min()), num(plain.max()), plain.n());
        }
        System.out.printf(Locale.ROOT, "Tool total wall time:                 %.1f s — ./jbang bench.java from start to"
                + " exit: set-up (Maven build, archive, discovery, or the set-up cache's), %d baseline forks%s, %d fixtures"
                + " × %d forks%n",
                cost.toolWallMs() / 1000, cost.baselineRuns(), plain == null ? "" : " (and " + plain.n()
                        + " without the archive, and the archive's dump)", cost.fixturesMeasured(), cost.repeat());
        System.out.printf(Locale.ROOT, "Σ true time costs × repeat:           %.1f s — %s ms per repetition (heap"
                + " fixtures count 0: their time has no known truth) × %d%n",
                trueTotal / 1000, num(cost.trueTimePerRepeatMs()), cost.repeat());
        System.out.printf(Locale.ROOT, "Total wall / (Σ true × repeat):       %.1f× — how much longer the run takes"
                + " than the fixtures' own known work%n", cost.toolWallMs() / trueTotal);
        System.out.printf(Locale.ROOT, "Floor = forks × bare fork + Σ true × repeat: %.1f s (%d forks × %s ms + %.1f s)"
                + "; total wall / floor: %.2f× — the tool's overhead beyond starting JVMs and doing the work%n",
                cost.floorMs() / 1000, cost.forks(), num(baseline.median()), trueTotal / 1000,
                cost.toolWallMs() / cost.floorMs());
    }

    static int verdict(List<Row> rows) {
        List<String> misses = rows.stream().filter(row -> !row.withinTarget()).map(Row::missReason).toList();
        System.out.println();
        if (misses.isEmpty()) {
            System.out.println("Every in-fork figure is within its target.");
            return 0;
        }
        System.out.println(misses.size() + " in-fork figure(s) missed the target:");
        misses.forEach(miss -> System.out.println("  " + miss));
        return 1;
    }

    static String stats(Figure figure) {
        String mad = Double.isNaN(figure.mad()) ? "" : " ± " + num(figure.mad());
        return num(figure.median()) + mad + " (n=" + figure.n() + ")";
    }

    static String num(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.2f", value);
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%+.1f" : "%+.2f", value);
    }

    static String percent(double figure, double truth) {
        return String.format(Locale.ROOT, "%+.1f %%", (figure - truth) / truth * 100);
    }
}
