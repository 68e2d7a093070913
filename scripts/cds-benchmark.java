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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * What class-data sharing saves a whole run: runs {@code ./jbang bench.java} on the bundled example with its archive
 * (the default) and with {@code --no-cds}, in alternating order, and prints each wall time, the medians and their ratio,
 * with the calibration fixtures' readings of both runs so a faster run is seen to measure the same.
 * Run it from the repository root: {@code ./jbang scripts/cds-benchmark.java [--runs=N] [bench options]}.
 */
@Command(name = "cds-benchmark", mixinStandardHelpOptions = true,
        description = {"Whole-run wall time of ./jbang bench.java on the bundled example with and without its class-data"
                + " sharing archive (--no-cds), in alternating order, with the calibration readings of both.",
            "Any other option goes to every run of bench.java, e.g. --max-fixtures=10 for a quick check."})
class cds_benchmark implements Callable<Integer> {

    /** The ratio the archive should reach: the default run at most this share of the run without it. */
    static final double TARGET = 0.8;

    /** A calibration fixture's known cost, read from its name: what it is measured by, in which unit. */
    record Truth(String field, String unit, double value) {

        private static final Pattern SLEEP_OR_CPU = Pattern.compile("calib_(?:sleep|cpu)_(\\d+)ms");
        private static final Pattern CHAIN = Pattern.compile("calib_chain_(\\d+)");
        private static final Pattern HEAP = Pattern.compile("calib_heap_(\\d+)mib");

        /** The truth of the calibration fixture {@code name}, or null when its name gives none. */
        static Truth of(String name) {
            Matcher m;
            if ((m = SLEEP_OR_CPU.matcher(name)).matches()) {
                return new Truth("init_ms", "ms", Double.parseDouble(m.group(1)));
            }
            if ((m = CHAIN.matcher(name)).matches()) {
                return new Truth("init_ms", "ms", 40.0 * Integer.parseInt(m.group(1)));
            }
            if ((m = HEAP.matcher(name)).matches()) {
                return new Truth("heap_retained_mib", "MiB", Double.parseDouble(m.group(1)));
            }
            return null;
        }

        /** The limit of scripts/accuracy.java: the larger of 3 % and 8 ms (time) or 2 MiB (heap). */
        double limit() {
            return Math.max(value * 0.03, unit.equals("ms") ? 8.0 : 2.0);
        }

        /** The median reading of this figure in one fixture's results. */
        double reading(JsonNode fixture) {
            JsonNode node = fixture.path(field);
            return node.isNumber() ? node.asDouble() : node.path("median").asDouble(Double.NaN);
        }
    }

    /** One finished run of the tool. */
    record Run(boolean archive, double wallSeconds, JsonNode results) {

        boolean archiveUsed() {
            return results.at("/settings/class_data_sharing/used").asBoolean(false);
        }

        JsonNode fixture(String name) {
            for (JsonNode fixture : results.path("fixtures")) {
                if (name.equals(fixture.path("name").asText())) {
                    return fixture;
                }
            }
            return null;
        }
    }

    @Option(names = "--runs", defaultValue = "1",
            description = "pairs of runs, one with the archive and one without, in alternating order"
                    + " (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--out", description = "where the runs write their reports (default: a fresh temp dir)")
    Path out;

    /** Every other argument goes to each run of bench.java, e.g. --max-fixtures=10 for a quick check. */
    @Unmatched
    List<String> benchOptions = new ArrayList<>();

    public static void main(String... args) {
        System.exit(new CommandLine(new cds_benchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(Path.of("bench.java"))) {
            System.err.println("cds-benchmark: error: run me from Fixture Bench's repository root (no ./bench.java in "
                    + Path.of("").toAbsolutePath() + "): ./jbang scripts/cds-benchmark.java");
            return 2;
        }
        if (runs < 1) {
            System.err.println("cds-benchmark: error: --runs must be at least 1, not " + runs);
            return 2;
        }
        if (benchOptions.contains("--no-cds")) {
            System.err.println("cds-benchmark: error: --no-cds is what the benchmark adds to every other run; leave it out");
            return 2;
        }
        Path dir = out != null ? out : Files.createTempDirectory("fixture-bench-cds");
        List<Run> with = new ArrayList<>();
        List<Run> without = new ArrayList<>();
        for (int pair = 1; pair <= runs; pair++) {
            // alternate which goes first, so neither always meets a colder or warmer machine
            boolean archiveFirst = pair % 2 == 1;
            for (boolean archive : archiveFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                Run run = bench(dir.resolve(pair + (archive ? "-cds" : "-no-cds")), archive);
                if (run == null) {
                    return 2;
                }
                (archive ? with : without).add(run);
                System.err.printf(Locale.ROOT, "cds-benchmark: pair %d, %s: %.1f s%n", pair,
                        archive ? "with the archive" : "--no-cds", run.wallSeconds());
            }
        }
        return report(with, without);
    }

    /** Runs the tool once into {@code dir}; null when it failed (the reason is printed). */
    Run bench(Path dir, boolean archive) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./jbang", "bench.java", "--out=" + dir.toAbsolutePath()));
        command.addAll(benchOptions);
        if (!archive) {
            command.add("--no-cds");
        }
        System.err.println("cds-benchmark: running " + String.join(" ", command));
        long start = System.nanoTime();
        int exit = ToolProcess.run(command);
        double seconds = (System.nanoTime() - start) / 1e9;
        Path results = dir.resolve("fixture_benchmark_results.json");
        if (exit != 0 || !Files.isRegularFile(results)) {
            System.err.println("cds-benchmark: error: the tool exited with " + exit + " and wrote " + results
                    + (Files.isRegularFile(results) ? "" : " nowhere") + "; see its messages above");
            return null;
        }
        return new Run(archive, seconds, new ObjectMapper().readTree(results.toFile()));
    }

    int report(List<Run> with, List<Run> without) {
        JsonNode first = with.get(0).results();
        System.out.println("Fixture Bench class-data sharing: ./jbang bench.java "
                + String.join(" ", benchOptions) + (benchOptions.isEmpty() ? "" : " ") + "with and without --no-cds, "
                + with.size() + " pair(s) in alternating order, " + first.at("/environment/cpu").asText() + ", "
                + first.at("/environment/java").asText());
        System.out.println("Archive: " + describe(first.at("/settings/class_data_sharing")));
        System.out.println();
        String format = "%-6s %18s %18s %8s %22s %22s%n";
        System.out.printf(Locale.ROOT, format, "Pair", "With archive (s)", "--no-cds (s)", "Ratio",
                "Baseline, archive (ms)", "Baseline, none (ms)");
        for (int i = 0; i < with.size(); i++) {
            Run a = with.get(i);
            Run b = without.get(i);
            System.out.printf(Locale.ROOT, format, i + 1, String.format(Locale.ROOT, "%.1f", a.wallSeconds()),
                    String.format(Locale.ROOT, "%.1f", b.wallSeconds()),
                    String.format(Locale.ROOT, "%.3f", a.wallSeconds() / b.wallSeconds()),
                    baseline(a.results().at("/baseline/startup_ms")), baseline(b.results().at("/baseline/startup_ms")));
        }
        double withMedian = median(with.stream().mapToDouble(Run::wallSeconds).toArray());
        double withoutMedian = median(without.stream().mapToDouble(Run::wallSeconds).toArray());
        double ratio = withMedian / withoutMedian;
        System.out.println();
        System.out.printf(Locale.ROOT, "Whole-run wall time with the archive:  %s%n", summary(with));
        System.out.printf(Locale.ROOT, "Whole-run wall time with --no-cds:     %s%n", summary(without));
        System.out.printf(Locale.ROOT, "Ratio of the medians: %.3f (target ≤ %.2f: %s); saved %.1f s per run%n", ratio,
                TARGET, ratio <= TARGET ? "met" : "MISSED", withoutMedian - withMedian);
        System.out.println();
        List<String> problems = new ArrayList<>();
        with.stream().filter(run -> !run.archiveUsed()).findFirst().ifPresent(run -> problems.add(
                "a default run started its forks without an archive: " + describe(
                        run.results().at("/settings/class_data_sharing"))));
        if (ratio > TARGET) {
            problems.add(String.format(Locale.ROOT, "the ratio %.3f is over the target %.2f", ratio, TARGET));
        }
        problems.addAll(calibration(with, without));
        if (problems.isEmpty()) {
            System.out.println("Target met, and every calibration reading is the same within its limit.");
            return 0;
        }
        System.out.println(problems.size() + " problem(s):");
        problems.forEach(problem -> System.out.println("  " + problem));
        return 1;
    }

    /** Prints the calibration fixtures' readings of both kinds of run; returns those that moved past their limit. */
    static List<String> calibration(List<Run> with, List<Run> without) {
        String format = "%-22s %-4s %8s %16s %16s %10s %8s  %-3s%n";
        System.out.printf(Locale.ROOT, format, "Calibration fixture", "Unit", "Truth", "With archive", "--no-cds",
                "Difference", "Limit", "OK");
        List<String> problems = new ArrayList<>();
        for (JsonNode fixture : with.get(0).results().path("fixtures")) {
            String name = fixture.path("name").asText();
            Truth truth = Truth.of(name);
            if (truth == null) {
                continue;
            }
            double a = median(with.stream().mapToDouble(run -> reading(run, name, truth)).toArray());
            double b = median(without.stream().mapToDouble(run -> reading(run, name, truth)).toArray());
            boolean ok = Math.abs(a - b) <= truth.limit() && Math.abs(a - truth.value()) <= truth.limit()
                    && Math.abs(b - truth.value()) <= truth.limit();
            System.out.printf(Locale.ROOT, format, name, truth.unit(), num(truth.value()), num(a), num(b),
                    String.format(Locale.ROOT, "%+.2f", a - b), "±" + num(truth.limit()), ok ? "yes" : "NO");
            if (!ok) {
                problems.add(String.format(Locale.ROOT, "%s: %s %s with the archive, %s %s without, truth %s (limit"
                        + " ±%s)", name, num(a), truth.unit(), num(b), truth.unit(), num(truth.value()),
                        num(truth.limit())));
            }
        }
        System.out.println("Readings are medians over the runs of each kind; OK: both within the limit of the truth"
                + " (as scripts/accuracy.java) and of each other.");
        System.out.println();
        return problems;
    }

    private static double reading(Run run, String name, Truth truth) {
        JsonNode fixture = run.fixture(name);
        return fixture == null ? Double.NaN : truth.reading(fixture);
    }

    private static String describe(JsonNode sharing) {
        return (sharing.path("used").asBoolean(false) ? "used — " : "not used — ") + sharing.path("detail").asText();
    }

    private static String baseline(JsonNode startup) {
        return String.format(Locale.ROOT, "%.0f (n=%d)", startup.path("median").asDouble(), startup.path("n").asInt());
    }

    private static String summary(List<Run> runs) {
        double[] seconds = runs.stream().mapToDouble(Run::wallSeconds).toArray();
        return String.format(Locale.ROOT, "median %.1f s (%.1f–%.1f, n=%d)", median(seconds),
                Arrays.stream(seconds).min().orElse(Double.NaN), Arrays.stream(seconds).max().orElse(Double.NaN),
                seconds.length);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String num(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.2f", value);
    }
}
