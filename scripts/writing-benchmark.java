///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVAC_OPTIONS -encoding UTF-8
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS info.picocli:picocli:4.7.7

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What rewriting the outputs after each fixture costs a run, measured on a generated suite of many fixtures (the
 * target: at most 5 % of the run). It generates the suite (scripts/generate-suite.java), runs the tool on it as a user
 * would, with the site, and with {@code -Dfixturebench.writing.stats=FILE}, so the tool's writer thread records each
 * format's write; then prints the run's wall, the time spent writing (in all, per write, per format), its share of the
 * run, and how long measuring waited for the writer. Then it runs the tool again and kills it with SIGKILL midway, and
 * checks that the results JSON left behind parses and holds every fixture the run said it finished, but the last at
 * most. Run it from the repository root: {@code ./jbang scripts/writing-benchmark.java [--classes=250]}.
 */
@Command(name = "writing-benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure what writing the report, JSON and site after each fixture costs a run of a generated"
                + " suite, and check that a run killed with SIGKILL leaves its finished fixtures in the JSON.",
        footer = {"", "Exit codes: 0 within the target and the kill check passed, 1 over the target or the kill"
                + " check failed, 2 bad usage or a run that failed."})
class writing_benchmark implements Callable<Integer> {

    /** A progress line of the tool: {@code [Fixtures 12/500] gen_00006_2 ok, init 5.3 ms}. */
    static final Pattern STEP = Pattern.compile("^\\[Fixtures (\\d+)/(\\d+)\\] (\\S+) (.*)$");
    /** The line before the first fixture: {@code Found 750 fixtures; measuring 500, ...}. */
    static final Pattern MEASURING = Pattern.compile("^Found \\d+ fixtures; measuring \\d+.*");

    @Option(names = "--classes", defaultValue = "250",
            description = "generated classes, two @Fixture methods each (default: ${DEFAULT-VALUE}, 500 fixtures)")
    int classes;

    @Option(names = "--init-ms", defaultValue = "5",
            description = "what each generated fixture sleeps, in ms (default: ${DEFAULT-VALUE})")
    int initMs;

    @Option(names = "--dir", description = "the folder for the suite (suite/, generated again) and each run's"
            + " outputs (a fresh run-*/ and killed-*/ every time) (default: a fresh temp dir)")
    Path dir;

    @Option(names = "--target-pct", defaultValue = "5",
            description = "the most writing may take of the run, in %% (default: ${DEFAULT-VALUE})")
    double targetPct;

    @Option(names = "--kill-after", defaultValue = "25",
            description = "fixtures the second run finishes before it is killed (default: ${DEFAULT-VALUE})")
    int killAfter;

    @Option(names = "--no-kill-check", description = "skip the second run, the one killed midway")
    boolean noKillCheck;

    @Option(names = "--no-run", description = "skip the measured run (with --dir, for the kill check alone)")
    boolean noRun;

    public static void main(String... args) {
        System.exit(new CommandLine(new writing_benchmark()).execute(args));
    }

    /** A line the tool printed, with when it came (ns since the tool started). */
    record Line(long atNanos, String text) {
    }

    /** n, median, max and total of a set of durations, in ms. */
    record Spread(int n, double medianMs, double maxMs, double totalMs) {
        static Spread of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int n = sorted.size();
            if (n == 0) {
                return new Spread(0, Double.NaN, Double.NaN, 0);
            }
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            return new Spread(n, median / 1e6, sorted.get(n - 1) / 1e6,
                    sorted.stream().mapToLong(Long::longValue).sum() / 1e6);
        }

        String describe() {
            return String.format(Locale.ROOT, "n=%d, median %.1f ms, max %.1f ms, total %.1f s", n, medianMs, maxMs,
                    totalMs / 1000);
        }
    }

    /** One format's write: wall and the writer thread's CPU time (-1: not measured). */
    record Write(int state, String format, long nanos, long cpuNanos) {
    }

    /** What the tool's -Dfixturebench.writing.stats file says: counts, the wait at the end, each format's writes. */
    record WritingStats(int offered, int written, int skipped, long waitedNanos, List<Write> writes) {

        static WritingStats read(Path file) throws IOException {
            Map<String, Long> counts = new LinkedHashMap<>();
            List<Write> writes = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split("\t");
                if (parts.length == 5 && parts[0].equals("write")) {
                    writes.add(new Write(Integer.parseInt(parts[1]), parts[2], Long.parseLong(parts[3]),
                            Long.parseLong(parts[4])));
                } else if (parts.length == 2) {
                    counts.put(parts[0], Long.parseLong(parts[1]));
                } else {
                    throw new IOException(file + ": a line that is not the tool's writing figures: " + line
                            + " (was it written by this checkout's tool?)");
                }
            }
            for (String needed : List.of("offered", "written", "skipped", "waited_ns")) {
                if (!counts.containsKey(needed)) {
                    throw new IOException(file + " has no '" + needed + "' line: did the run end normally?");
                }
            }
            return new WritingStats(counts.get("offered").intValue(), counts.get("written").intValue(),
                    counts.get("skipped").intValue(), counts.get("waited_ns"), writes);
        }

        /** The writer thread's writes (not the last one, at the end), summed per state, wall or CPU. */
        List<Long> perState(boolean cpu) {
            Map<Integer, Long> sums = new TreeMap<>();
            writes.stream().filter(w -> w.state() >= 0)
                    .forEach(w -> sums.merge(w.state(), cpu ? w.cpuNanos() : w.nanos(), Long::sum));
            return new ArrayList<>(sums.values());
        }

        /** The writer thread's writes of each format, in the order first seen, wall or CPU. */
        Map<String, List<Long>> perFormat(boolean cpu) {
            Map<String, List<Long>> formats = new LinkedHashMap<>();
            writes.stream().filter(w -> w.state() >= 0).forEach(w -> formats
                    .computeIfAbsent(w.format(), f -> new ArrayList<>()).add(cpu ? w.cpuNanos() : w.nanos()));
            return formats;
        }

        List<Write> last() {
            return writes.stream().filter(w -> w.state() < 0).toList();
        }

        boolean cpuMeasured() {
            return !writes.isEmpty() && writes.stream().allMatch(w -> w.cpuNanos() >= 0);
        }

        long busyNanos() {
            return writes.stream().filter(w -> w.state() >= 0).mapToLong(Write::nanos).sum();
        }

        long lastNanos() {
            return last().stream().mapToLong(Write::nanos).sum();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(Path.of("bench.java")) || !Files.isRegularFile(Path.of("scripts/generate-suite.java"))) {
            System.err.println("writing-benchmark: error: run me from Fixture Bench's repository root (no ./bench.java"
                    + " or ./scripts/generate-suite.java in " + Path.of("").toAbsolutePath() + ")");
            return 2;
        }
        if (classes < 1 || initMs < 0 || killAfter < 2 || targetPct <= 0) {
            System.err.println("writing-benchmark: error: --classes must be >= 1, --init-ms >= 0, --kill-after >= 2"
                    + " and --target-pct > 0 (see --help)");
            return 2;
        }
        if (!noKillCheck && killAfter >= classes * 2) {
            System.err.println("writing-benchmark: error: --kill-after=" + killAfter + " must be below the suite's "
                    + classes * 2 + " fixtures, or the run ends before it is killed");
            return 2;
        }
        Path work = (dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("fixture-bench-writing"))
                .toAbsolutePath();
        Path suite = work.resolve("suite");
        int generated = run(List.of("./jbang", "scripts/generate-suite.java", "--shape=api",
                "--classes=" + classes, "--fixtures-per-class=2", "--init-ms=" + initMs, "--force", suite.toString()),
                null, 0).exit;
        if (generated != 0) {
            System.err.println("writing-benchmark: error: scripts/generate-suite.java exited with " + generated);
            return 2;
        }
        boolean ok = true;
        if (!noRun) {
            Integer measured = measuredRun(work, suite);
            if (measured == null) {
                return 2;
            }
            ok = measured == 0;
        }
        if (!noKillCheck) {
            Integer killed = killCheck(work, suite);
            if (killed == null) {
                return 2;
            }
            ok &= killed == 0;
        }
        return ok ? 0 : 1;
    }

    /** The tool's command on the generated suite, writing to {@code out}; JVM properties before bench.java. */
    private static List<String> tool(Path suite, Path out, String... properties) {
        List<String> command = new ArrayList<>(List.of("./jbang"));
        command.addAll(List.of(properties));
        command.addAll(List.of("bench.java", "--project=" + suite, "--out=" + out, "--type=static", "--repeat=1",
                "--baseline-runs=1"));
        return command;
    }

    /** The measured run: 0 within the target, 1 over it, null when the run failed. */
    private Integer measuredRun(Path work, Path suite) throws Exception {
        Path out = Files.createTempDirectory(work, "run-");
        Path stats = out.resolve("writing-stats.tsv");
        List<String> command = tool(suite, out, "-Dfixturebench.writing.stats=" + stats);
        System.err.println("writing-benchmark: running " + String.join(" ", command));
        Ran ran = run(command, null, 0);
        if (ran.exit != 0 || !Files.isRegularFile(stats)) {
            System.err.println("writing-benchmark: error: the tool exited with " + ran.exit + (Files.isRegularFile(stats)
                    ? "" : " and wrote no writing figures to " + stats) + "; see its messages above");
            return null;
        }
        WritingStats writing = WritingStats.read(stats);
        long measuringStart = ran.lines.stream().filter(l -> MEASURING.matcher(l.text()).matches())
                .mapToLong(Line::atNanos).findFirst().orElse(-1);
        long lastStep = ran.lines.stream().filter(l -> STEP.matcher(l.text()).matches()).mapToLong(Line::atNanos)
                .max().orElse(-1);
        long steps = ran.lines.stream().filter(l -> STEP.matcher(l.text()).matches()).count();
        JsonNode json = new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile());
        long okRows = 0;
        for (JsonNode fixture : json.path("fixtures")) {
            okRows += "ok".equals(fixture.path("status").asText()) ? 1 : 0;
        }

        double wallMs = ran.wallNanos / 1e6;
        double busyMs = writing.busyNanos() / 1e6;
        double lastMs = writing.lastNanos() / 1e6;
        double writingMs = busyMs + lastMs;
        System.out.println();
        System.out.printf(Locale.ROOT, "Fixture Bench writing benchmark: %d generated @Fixture methods of %d ms"
                + " (%s), --repeat=1 --baseline-runs=1, site on%n", classes * 2, initMs, suite);
        System.out.printf(Locale.ROOT, "Results: %s (%d rows, %d ok)%n", out.resolve("fixture_benchmark_results.json"),
                json.path("fixtures").size(), okRows);
        System.out.printf(Locale.ROOT, "Run wall (./jbang ... from start to exit):   %.1f s%n", wallMs / 1000);
        if (measuringStart >= 0 && lastStep > measuringStart) {
            System.out.printf(Locale.ROOT, "  measuring (from 'Found ... measuring' to the last of %d fixtures):"
                    + " %.1f s%n", steps, (lastStep - measuringStart) / 1e9);
        }
        System.out.printf(Locale.ROOT, "States handed to the writer: %d; written %d, skipped (replaced before their"
                + " turn) %d%n", writing.offered(), writing.written(), writing.skipped());
        System.out.printf(Locale.ROOT, "Writing on the writer thread, per state (all formats), wall: %s%n",
                Spread.of(writing.perState(false)).describe());
        boolean cpu = writing.cpuMeasured();
        if (cpu) {
            System.out.printf(Locale.ROOT, "  the same, the writer thread's CPU time:               %s%n",
                    Spread.of(writing.perState(true)).describe());
        }
        Map<String, List<Long>> cpuPerFormat = writing.perFormat(true);
        for (Map.Entry<String, List<Long>> format : writing.perFormat(false).entrySet()) {
            System.out.printf(Locale.ROOT, "  %-16s wall %s%s%n", format.getKey() + ":",
                    Spread.of(format.getValue()).describe(), cpu ? "; CPU " + Spread.of(cpuPerFormat.get(
                    format.getKey())).describe() : "");
        }
        System.out.printf(Locale.ROOT, "Last write at the end (main thread, after measuring): %.1f ms (%s)%n", lastMs,
                describeLast(writing.last()));
        System.out.printf(Locale.ROOT, "Measuring waited for the writer at the end (flush): %.1f ms%n",
                writing.waitedNanos() / 1e6);
        double share = writingMs / wallMs * 100;
        System.out.printf(Locale.ROOT, "Writing in all: %.1f s = %.2f %% of the run's wall (target <= %.1f %%): %s%n",
                writingMs / 1000, share, targetPct, share <= targetPct ? "within" : "OVER");
        if (writing.cpuMeasured()) {
            long cpuNanos = writing.writes().stream().mapToLong(Write::cpuNanos).sum();
            System.out.printf(Locale.ROOT, "Writing's CPU time in all: %.1f s = %.2f %% of the run's wall (the rest of"
                    + " its wall is waiting, for a core or the disk)%n", cpuNanos / 1e9, cpuNanos / 1e6 / wallMs * 100);
        }
        System.out.printf(Locale.ROOT, "Outputs at the end: JSON %s, Markdown %s, site %s%n",
                size(out.resolve("fixture_benchmark_results.json")), size(out.resolve("fixture_benchmark_report.md")),
                size(out.resolve("site")));
        System.out.println("(Writing runs beside measuring on its own thread: its time is CPU and disk the forks"
                + " share on a small machine, not time they wait for; the run waits only for the flush and the last"
                + " write.)");
        return share <= targetPct ? 0 : 1;
    }

    private static String describeLast(List<Write> last) {
        List<String> parts = new ArrayList<>();
        last.forEach(w -> parts.add(String.format(Locale.ROOT, "%s %.1f ms", w.format(), w.nanos() / 1e6)
                + (w.cpuNanos() >= 0 ? String.format(Locale.ROOT, " (CPU %.1f)", w.cpuNanos() / 1e6) : "")));
        return String.join(", ", parts);
    }

    /** The kill check: 0 passed, 1 failed, null when the run could not be killed as planned. */
    private Integer killCheck(Path work, Path suite) throws Exception {
        Path out = Files.createTempDirectory(work, "killed-");
        List<String> command = tool(suite, out);
        System.err.println("writing-benchmark: running, to kill with SIGKILL after " + killAfter + " fixtures: "
                + String.join(" ", command));
        Ran ran = run(command, STEP, killAfter);
        List<String> finished = new ArrayList<>();
        for (Line line : ran.lines) {
            Matcher step = STEP.matcher(line.text());
            if (step.matches()) {
                finished.add(step.group(3));
            }
        }
        System.out.println();
        if (!ran.killed) {
            System.err.println("writing-benchmark: error: the run ended (exit " + ran.exit + ") before it finished "
                    + killAfter + " fixtures; see its messages above");
            return null;
        }
        System.out.printf(Locale.ROOT, "Kill check: SIGKILL after the run said %d fixture(s) finished (%s)%n",
                finished.size(), out);
        Path results = out.resolve("fixture_benchmark_results.json");
        if (!Files.isRegularFile(results)) {
            System.out.println("  FAILED: no results JSON left at " + results);
            return 1;
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(results.toFile());
        } catch (IOException e) {
            System.out.println("  FAILED: the results JSON left does not parse: " + e.getMessage());
            return 1;
        }
        List<String> inJson = new ArrayList<>();
        json.path("fixtures").forEach(fixture -> inJson.add(fixture.path("name").asText()));
        List<String> missing = finished.stream().filter(name -> !inJson.contains(name)).toList();
        boolean passed = missing.isEmpty()
                || missing.size() == 1 && missing.get(0).equals(finished.get(finished.size() - 1));
        System.out.printf(Locale.ROOT, "  results JSON parses; %d row(s); of the %d finished, missing: %s -> %s%n",
                inJson.size(), finished.size(), missing.isEmpty() ? "none" : String.join(", ", missing),
                passed ? "passed (at most the last one finished may be missing)" : "FAILED");
        return passed ? 0 : 1;
    }

    /** A finished (or killed) tool process: its exit, its wall, its standard error lines with their times. */
    record Ran(int exit, long wallNanos, List<Line> lines, boolean killed) {
    }

    /**
     * Runs {@code command}, its standard error shown as it goes and kept with each line's time, its standard output sent
     * to our standard error; with {@code killOn}, kills it and every process under it with SIGKILL once
     * {@code killAfter} lines have matched it.
     */
    private static Ran run(List<String> command, Pattern killOn, int killAfter) throws IOException,
            InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread copier = new Thread(() -> copy(process.getInputStream()));
        copier.start();
        List<Line> lines = new ArrayList<>();
        int matched = 0;
        boolean killed = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String text = err.readLine(); text != null; text = err.readLine()) {
                lines.add(new Line(System.nanoTime() - start, text));
                System.err.println(text);
                if (killOn != null && !killed && killOn.matcher(text).matches() && ++matched >= killAfter) {
                    List<ProcessHandle> below = process.descendants().toList();
                    process.toHandle().destroyForcibly(); // SIGKILL: the tool gets no chance to tidy up
                    below.forEach(ProcessHandle::destroyForcibly); // its forks too, as a killed CI job's would be
                    killed = true;
                    break;
                }
            }
        }
        int exit = process.waitFor();
        long wall = System.nanoTime() - start;
        copier.join();
        return new Ran(exit, wall, lines, killed);
    }

    private static void copy(InputStream in) {
        try (in) {
            in.transferTo(System.err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String size(Path path) throws IOException {
        if (!Files.exists(path)) {
            return "none";
        }
        if (Files.isRegularFile(path)) {
            return String.format(Locale.ROOT, "%.1f KiB", Files.size(path) / 1024.0);
        }
        long bytes = 0;
        int files = 0;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
                files++;
            }
        }
        return String.format(Locale.ROOT, "%.1f MiB in %d files", bytes / 1048576.0, files);
    }
}
