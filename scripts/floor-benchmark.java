///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVAC_OPTIONS -encoding UTF-8
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS info.picocli:picocli:4.7.7
//SOURCES ToolProcess.java

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * How close a run is to its floor: runs {@code ./jbang bench.java} (the bundled example unless told otherwise) N times
 * and prints, side by side, each run's wall time, its floor (its forks × a bare archived fork, read across the run,
 * plus the fixtures' true init), their ratio, the per-fork overhead, and the set-up before the first baseline fork
 * split by step.
 * Run it from the repository root: {@code ./jbang scripts/floor-benchmark.java [--runs=N] [bench options]}.
 */
@Command(name = "floor-benchmark", mixinStandardHelpOptions = true,
        description = {"How close ./jbang bench.java runs to its floor: each run's wall time against its floor (its"
                + " forks × the archived bare fork's median, plus Σ the fixtures' init), the per-fork overhead (a"
                + " fixture fork's wall less the bare fork and its init, median over fixtures), and the time before"
                + " the first baseline fork, split by step (from the tool's -Dfixturebench.steps file).",
            "Any other option goes to every run of bench.java, e.g. --max-fixtures=10 or --project=DIR."},
        footer = {"", "Targets: wall ≤ 1.2 × floor; per-fork overhead ≤ 50 ms; ≤ 3 s before the first"
                + " baseline fork on a run with nothing changed.",
            "Exit codes: 0 measured (targets met or not: the table says), 1 a run failed, 2 bad usage."})
class floor_benchmark implements Callable<Integer> {

    /** The steps before the first baseline fork, as the tool marks them, with what each covers. */
    static final Map<String, String> SETUP = new LinkedHashMap<>();

    static {
        SETUP.put("launcher", "./jbang to the tool's JVM (JBang, its cache)");
        SETUP.put("jvm", "the tool's JVM start to its first step");
        SETUP.put("start", "options, locks, earlier results");
        SETUP.put("build", "the suite's class path (Maven)");
        SETUP.put("archive", "the class-data sharing archive");
        SETUP.put("discovery", "the fixtures (a fork and a bytecode scan)");
        SETUP.put("outputs", "report writers, the site's templates");
        SETUP.put("environment", "machine, GPU");
    }

    /** The steps after it. */
    static final List<String> REST = List.of("baseline", "startup-profile", "whole-suite", "fixtures", "writing");

    @Option(names = "--runs", defaultValue = "3", description = "runs of bench.java (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--shards", split = ",", paramLabel = "S[,S...]",
            description = "also project the wall of a run of the whole selection (no --max-fixtures) split into S"
                    + " shards, one machine each, from the runs' measured figures, e.g. 1,4,8")
    List<Integer> shards = new ArrayList<>();

    @Option(names = "--check-shard", paramLabel = "I/S",
            description = "then run shard I of S of the whole selection for real and set its wall against the"
                    + " projection for S")
    String checkShard;

    @Unmatched
    List<String> benchOptions = new ArrayList<>();

    /**
     * One run's figures, {@code measured} fixtures of them, its steps' seconds, and {@code betweenS}: the baseline
     * forks it ran between the fixtures (as many whatever the fixtures' count), at the bare fork's median.
     */
    record Run(double wallS, double floorS, int forks, double bareMs, String bareSpread, double overheadMs,
               Map<String, Double> stepsS, int measured, double betweenS) {

        /** Every second of the run but its fixtures' own: set-up, baseline (between them too), profile, writing. */
        double fixedS() {
            return wallS - stepsS.getOrDefault("fixtures", 0.0) + betweenS;
        }

        /** What one fixture took in the run, its forks and the writing after it. */
        double perFixtureS() {
            return (stepsS.getOrDefault("fixtures", 0.0) - betweenS) / Math.max(1, measured);
        }

        double ratio() {
            return wallS / floorS;
        }

        double beforeBaselineS() {
            double sum = 0;
            for (String step : SETUP.keySet()) {
                sum += stepsS.getOrDefault(step, 0.0);
            }
            return sum;
        }
    }

    public static void main(String... args) {
        System.exit(new CommandLine(new floor_benchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            System.err.println("floor-benchmark: error: --runs must be at least 1 (see --help)");
            return 2;
        }
        if (!Files.isRegularFile(Path.of("bench.java"))) {
            System.err.println("floor-benchmark: error: run me from Fixture Bench's repository root (no ./bench.java)");
            return 2;
        }
        List<Run> measured = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run run = run(i);
            if (run == null) {
                return 1;
            }
            measured.add(run);
        }
        print(measured);
        if (!shards.isEmpty() || checkShard != null) {
            return projectShards(measured);
        }
        return 0;
    }

    private Run run(int index) throws Exception {
        Path out = Files.createTempDirectory("floor-benchmark-");
        Path steps = out.resolve("steps.tsv");
        List<String> command = new ArrayList<>(List.of("./jbang", "-Dfixturebench.steps=" + steps, "bench.java",
                "--out=" + out));
        command.addAll(benchOptions);
        System.err.println("floor-benchmark: run " + index + " of " + runs + ": " + String.join(" ", command));
        long launched = System.currentTimeMillis();
        long start = System.nanoTime();
        int exit = ToolProcess.run(command);
        double wallS = (System.nanoTime() - start) / 1e9;
        Path results = out.resolve("fixture_benchmark_results.json");
        if (exit != 0 || !Files.isRegularFile(results) || !Files.isRegularFile(steps)) {
            System.err.println("floor-benchmark: run " + index + " exited with " + exit + "; see its output above");
            return null;
        }
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        double bare = json.at("/baseline/startup_ms/median").asDouble();
        String bareSpread = String.format(Locale.ROOT, "%.0f–%.0f", json.at("/baseline/startup_ms/min").asDouble(),
                json.at("/baseline/startup_ms/max").asDouble());
        int forks = json.at("/baseline/startup_ms/n").asInt() + json.at("/baseline/startup_without_archive_ms/n")
                .asInt(0) + (json.path("startup_profile").isObject() ? 1 : 0);
        double initMs = 0;
        List<Double> overheads = new ArrayList<>();
        for (JsonNode fixture : json.get("fixtures")) {
            forks += fixture.at("/wall_ms/n").asInt(0);
            JsonNode init = fixture.get("init_ms");
            if (init != null && init.isObject()) {
                initMs += init.get("median").asDouble() * init.get("n").asInt();
                if (fixture.at("/wall_ms/median").isNumber()) {
                    overheads.add(fixture.at("/wall_ms/median").asDouble() - bare - init.get("median").asDouble());
                }
            }
        }
        double floorS = (forks * bare + initMs) / 1000;
        double betweenS = json.at("/baseline/runs_between_fixtures").asInt(0) * bare / 1000;
        return new Run(wallS, floorS, forks, bare, bareSpread, median(overheads), steps(steps, launched),
                json.get("fixtures").size(), betweenS);
    }

    /** Each step's seconds, from the tool's step file: a step lasts until the next one starts. */
    static Map<String, Double> steps(Path file, long launched) throws Exception {
        List<String[]> marks = new ArrayList<>();
        marks.add(new String[] {Long.toString(launched), "launcher"});
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                marks.add(parts);
            }
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (int i = 0; i + 1 < marks.size(); i++) {
            double s = (Long.parseLong(marks.get(i + 1)[0]) - Long.parseLong(marks.get(i)[0])) / 1000.0;
            seconds.merge(marks.get(i)[1], s, Double::sum);
        }
        return seconds;
    }

    private void print(List<Run> measured) {
        System.out.println();
        System.out.println("Run   Wall (s)  Floor (s)  Wall/floor  Forks  Bare fork (ms)  (min–max)"
                + "  Per-fork overhead (ms)  Before 1st baseline (s)");
        for (int i = 0; i < measured.size(); i++) {
            Run r = measured.get(i);
            System.out.printf(Locale.ROOT, "%-4d %9.1f %10.1f %11.2f %6d %15.1f %10s %23.1f %24.2f%n", i + 1, r.wallS,
                    r.floorS, r.ratio(), r.forks, r.bareMs, r.bareSpread, r.overheadMs, r.beforeBaselineS());
        }
        System.out.println();
        System.out.println("The floor is the forks times the bare fork's median, so the bare forks' own spread moves"
                + " it: compare runs whose bare forks read alike.");
        System.out.println();
        System.out.printf(Locale.ROOT, "Wall/floor:              %s%n", spread(measured, Run::ratio, "%.2f"));
        System.out.printf(Locale.ROOT, "Per-fork overhead:       %s ms%n", spread(measured, Run::overheadMs, "%.1f"));
        System.out.printf(Locale.ROOT, "Before 1st baseline:     %s s%n", spread(measured, Run::beforeBaselineS,
                "%.2f"));
        System.out.println();
        System.out.println("Set-up before the first baseline fork, by step (s, median (min–max) over the runs):");
        for (Map.Entry<String, String> step : SETUP.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-12s %-22s %s%n", step.getKey(),
                    spread(measured, r -> r.stepsS.getOrDefault(step.getKey(), 0.0), "%.2f"), step.getValue());
        }
        System.out.println("Then (s):");
        for (String step : REST) {
            System.out.printf(Locale.ROOT, "  %-12s %s%n", step,
                    spread(measured, r -> r.stepsS.getOrDefault(step, 0.0), "%.2f"));
        }
        System.out.println();
        double ratio = median(measured.stream().map(Run::ratio).toList());
        double overhead = median(measured.stream().map(Run::overheadMs).toList());
        System.out.printf(Locale.ROOT, "Targets: wall/floor %.2f %s 1.2; per-fork overhead %.1f ms %s 50 ms;"
                        + " before the first baseline fork: see the later runs (the first may have built or filled the"
                        + " caches)%n", ratio, ratio <= 1.2 ? "≤" : ">", overhead, overhead <= 50 ? "≤" : ">");
    }

    /** The projected wall of the whole selection in {@code count} shards: each shard's fixed part and its share. */
    static double projectedS(List<Run> runs, int count, int selectable) {
        double fixed = median(runs.stream().map(Run::fixedS).toList());
        double perFixture = median(runs.stream().map(Run::perFixtureS).toList());
        return fixed + Math.ceil(selectable / (double) count) * perFixture;
    }

    /** The bench options without {@code --max-fixtures} and {@code --shard}: the whole selection. */
    private List<String> wholeSelection() {
        return benchOptions.stream().filter(o -> !o.startsWith("--max-fixtures") && !o.startsWith("--shard"))
                .toList();
    }

    /** How many fixtures the whole selection holds (with {@code extra}, e.g. a shard), as bench.java list counts them. */
    private Integer listed(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of("./jbang", "bench.java", "list", "--format=json"));
        command.addAll(List.of(extra));
        for (String option : wholeSelection()) {
            // list takes the suite and selection options, not the measuring ones
            if (option.matches("--(project|module|class-path|test-classes|filter|exclude|category|scope|type"
                    + "|integration-tests)(=.*)?")) {
                command.add(option);
            }
        }
        System.err.println("floor-benchmark: counting the whole selection: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode json = new ObjectMapper().readTree(process.getInputStream());
        return process.waitFor() == 0 && json != null ? json.get("fixtures").size() : null;
    }

    private int projectShards(List<Run> runs) throws Exception {
        Integer selectable = listed();
        if (selectable == null) {
            System.err.println("floor-benchmark: error: bench.java list failed; see its messages above");
            return 1;
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Projected wall of all %d fixtures, one machine per shard (each shard: the fixed"
                + " %.1f s, then %.2f s per fixture, medians of the runs above):%n", selectable,
                median(runs.stream().map(Run::fixedS).toList()), median(runs.stream().map(Run::perFixtureS).toList()));
        List<Integer> counts = new ArrayList<>(shards);
        Integer checked = null;
        if (checkShard != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)").matcher(checkShard);
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1
                    || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                System.err.println("floor-benchmark: error: --check-shard wants I/S with 1 <= I <= S, not " + checkShard);
                return 2;
            }
            checked = Integer.parseInt(m.group(2));
            if (!counts.contains(checked)) {
                counts.add(checked);
            }
        }
        for (int count : counts) {
            System.out.printf(Locale.ROOT, "  %2d shard(s): %8.1f s (%.1f min)%n", count, projectedS(runs, count, selectable),
                    projectedS(runs, count, selectable) / 60);
        }
        if (checkShard == null) {
            return 0;
        }
        List<String> options = new ArrayList<>(wholeSelection());
        options.add("--shard=" + checkShard);
        List<String> saved = benchOptions;
        benchOptions = options;
        int savedRuns = runs.size();
        Run shard = run(savedRuns + 1);
        benchOptions = saved;
        if (shard == null) {
            return 1;
        }
        // shards split by class, so they differ in size: project the checked one from its own count
        Integer inShard = listed("--shard=" + checkShard);
        double projected = projectedS(runs, 1, inShard == null ? (int) Math.ceil(selectable / (double) checked)
                : inShard);
        System.out.printf(Locale.ROOT, "Shard %s run for real: %.1f s for %d fixtures; projected for them %.1f s: %+.1f %%"
                + " (target: within 20 %%)%n", checkShard, shard.wallS(), shard.measured(), projected,
                100 * (shard.wallS() - projected) / projected);
        return 0;
    }

    private static String spread(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure, String format) {
        List<Double> values = runs.stream().map(figure::applyAsDouble).toList();
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ", n=%d)", median(values), min, max,
                values.size());
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
