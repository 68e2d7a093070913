package dev.fixturebench.wholesuite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.ForkWatcher;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.SuiteFixture;
import dev.fixturebench.model.SuiteTests;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * Runs the selected test classes for real in fresh JVMs, one suite run per JVM, and turns what the probe recorded
 * into the whole suite's figures: each fixture's in-suite cost, each class's timing, application contexts and advice.
 * A run that fails, hangs or crashes costs a note; the suite's own failing tests are results.
 */
public final class WholeSuiteBenchmark {

    /** The suffix of the row discovery reports a class's extension work as. */
    private static final String EXTENSIONS_ROW = "#<extensions>";

    /** Failures named in the results, at most. */
    private static final int FAILURES_NAMED = 20;

    private final Forker forker;
    private final Path work;

    /** Runs forked by {@code forker} (its time limit applies to each suite run), files kept in {@code work}. */
    public WholeSuiteBenchmark(Forker forker, Path work) {
        this.forker = forker;
        this.work = work;
    }

    /** One paired reading of the overhead benchmark: the launcher's run of the suite and the fork's wall-clock. */
    public record Pair(double plainMs, double instrumentedMs, double plainForkMs, double instrumentedForkMs) {
    }

    /**
     * Runs {@code classes} {@code runs} times; {@code fixtures} are every fixture of the suite, advice below
     * {@code floor} is not listed one by one, {@code setupShow} receives the first run's set-up lines as they happen
     * (null: none), {@code afterRun} is told after each run.
     */
    public WholeSuite run(List<String> classes, List<DiscoveredFixture> fixtures, int runs, AdviceFloor floor,
                          Consumer<String> setupShow, Consumer<String> afterRun) throws IOException {
        Path classesFile = classesFile(classes);
        List<SuiteRecording> recordings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path showFile = work.resolve("setup-show-" + run + ".txt");
            List<String> operands = new ArrayList<>(List.of(classesFile.toString()));
            ForkResult result;
            if (run == 1 && setupShow != null) {
                operands.add(showFile.toString());
                try (LineFollower follower = new LineFollower(showFile, setupShow)) {
                    result = forker.run(Mode.SUITE, operands, ForkWatcher.NONE);
                }
            } else {
                result = forker.run(Mode.SUITE, operands, ForkWatcher.NONE);
            }
            if (result.passed()) {
                SuiteRecording recording = SuiteRecording.read(result.probe());
                if (result.timedOut()) {
                    // stopped at the limit, its shutdown hook wrote what ran before: the note names the limit
                    recording = recording.stoppedBy("it passed the time limit (--suite-timeout) and was stopped");
                }
                recordings.add(recording);
                afterRun.accept(String.format(Locale.ROOT, "run %d: %.1f s", run, recording.wallMs() / 1000));
            } else {
                String why = failure(result);
                notes.add("suite run " + run + " of " + runs + " gave no figures: " + why);
                afterRun.accept("run " + run + ": " + why.lines().findFirst().orElse(why));
            }
        }
        return assemble(classes.size(), recordings, fixtures, floor, notes);
    }

    /**
     * Runs {@code classes} in {@code pairs} pairs of fresh JVMs, plain (nothing of the tool registered) and
     * instrumented, which goes first alternating from pair to pair; {@code step} is told after each fork.
     */
    public List<Pair> overhead(List<String> classes, int pairs, Runnable step) throws IOException {
        Path classesFile = classesFile(classes);
        List<Pair> readings = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            // plain first in odd pairs, recorded first in even ones: neither gains from going second
            ForkResult plain = null;
            ForkResult instrumented = null;
            for (String mode : i % 2 == 0 ? List.of(Mode.PLAIN_SUITE, Mode.SUITE)
                    : List.of(Mode.SUITE, Mode.PLAIN_SUITE)) {
                ForkResult result = forker.run(mode, List.of(classesFile.toString()), ForkWatcher.NONE);
                step.run();
                if (mode.equals(Mode.SUITE)) {
                    instrumented = result;
                } else {
                    plain = result;
                }
            }
            for (ForkResult result : List.of(plain, instrumented)) {
                if (!result.passed()) {
                    throw new IOException("a suite run for the overhead benchmark gave no figures: " + failure(result));
                }
            }
            readings.add(new Pair(plain.probe().path(Suite.WALL_MS).asDouble(),
                    instrumented.probe().path(Suite.WALL_MS).asDouble(), plain.wallNanos() / 1e6,
                    instrumented.wallNanos() / 1e6));
        }
        return readings;
    }

    private Path classesFile(List<String> classes) throws IOException {
        Path file = work.resolve("suite-classes.txt");
        Files.write(file, classes, StandardCharsets.UTF_8);
        return file;
    }

    static WholeSuite assemble(int testClasses, List<SuiteRecording> runs, List<DiscoveredFixture> fixtures,
                               AdviceFloor floor, List<String> notes) {
        List<String> allNotes = new ArrayList<>(notes);
        for (SuiteRecording recording : runs) {
            if (recording.stopped() != null) {
                allNotes.add("a suite run stopped early; its figures cover what ran before: " + recording.stopped());
            }
        }
        runs.stream().map(SuiteRecording::contextError).filter(e -> e != null).findFirst().ifPresent(allNotes::add);
        runs.stream().map(SuiteRecording::notRun).filter(e -> e != null).findFirst().ifPresent(allNotes::add);
        InSuiteFigures figures = InSuiteFigures.of(runs, fixtures);
        List<SuiteFixture> suiteFixtures = new ArrayList<>();
        List<ScopeAdvisor.Candidate> candidates = new ArrayList<>();
        for (InSuiteFigures.Figured figured : figures.figured()) {
            suiteFixtures.add(new SuiteFixture(figured.fixture().info(), figured.inSuite(),
                    figured.fixture().measuredAs()));
            if (figured.fixture().measuredAs() == null || figured.key().startsWith(Suite.CALL)
                    || figured.fixture().info().name().endsWith(EXTENSIONS_ROW)) {
                // a call timed on its own (a lifecycle method, a rule) gets advice; extension fields and the like are
                // timed with their class's set-up: its <extensions> row gets it
                candidates.add(new ScopeAdvisor.Candidate(figured.fixture().info(), figured.kind(),
                        figured.inSuite()));
            }
        }
        Stats wall = Stats.of(runs.stream().map(SuiteRecording::wallMs).toList()).orElse(null);
        ScopeAdvisor.Advised advice = ScopeAdvisor.advise(candidates, floor, wall);
        return new WholeSuite(runs.size(), testClasses, wall, figures.buildMs(), tests(runs), suiteFixtures,
                classes(runs), SpringContextGroups.of(runs), advice.advice(), advice.patterns(), floor, allNotes);
    }

    private static SuiteTests tests(List<SuiteRecording> runs) {
        if (runs.isEmpty()) {
            return new SuiteTests(0, 0, 0, 0, List.of());
        }
        int passed = 0;
        int failed = 0;
        int aborted = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (SuiteRecording.TestRecord test : runs.get(0).tests()) {
            switch (test.status()) {
                case "successful" -> passed++;
                case "aborted" -> aborted++;
                case "skipped" -> skipped++;
                default -> {
                    failed++;
                    if (failures.size() < FAILURES_NAMED) {
                        failures.add(test.className() + "#" + test.display() + ": " + test.message());
                    }
                }
            }
        }
        return new SuiteTests(passed, failed, aborted, skipped, failures);
    }

    /** Each class of the first run, with its figures' medians over every run it ran in. */
    private static List<ClassTiming> classes(List<SuiteRecording> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        List<ClassTiming> classes = new ArrayList<>();
        for (SuiteRecording.ClassRecord first : runs.get(0).classes()) {
            List<SuiteRecording.ClassRecord> all = runs.stream().flatMap(r -> r.classes().stream())
                    .filter(c -> c.className().equals(first.className())).toList();
            classes.add(new ClassTiming(first.className(), median(all, SuiteRecording.ClassRecord::setupMs),
                    median(all, SuiteRecording.ClassRecord::testsMs), median(all,
                    SuiteRecording.ClassRecord::teardownMs), first.testsRun(), first.context()));
        }
        return classes;
    }

    private static double median(List<SuiteRecording.ClassRecord> records,
                                 java.util.function.ToDoubleFunction<SuiteRecording.ClassRecord> figure) {
        return InSuiteFigures.median(records.stream().map(figure::applyAsDouble));
    }

    private static String failure(ForkResult result) {
        if (result.timedOut()) {
            return "it passed the time limit and was stopped (--suite-timeout)";
        }
        if (result.crashReport() != null) {
            return "the JVM crashed: " + result.crashReport().lines().limit(5).reduce((a, b) -> a + "\n" + b)
                    .orElse("");
        }
        if (result.reported()) {
            return result.probeStatus() + ": " + result.probeError();
        }
        return "the JVM exited with code " + result.exitCode() + " before reporting; its last output:\n"
                + result.outputTail();
    }
}
