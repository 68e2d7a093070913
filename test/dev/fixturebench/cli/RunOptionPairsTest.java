package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.model.AdviceFloor;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every pair of the run command's options, given together: the parser (and the run's own value checks) accept it, or
 * refuse it with a message naming what is wrong — and it refuses exactly the pairs that make no sense.
 */
class RunOptionPairsTest {

    /** Options that mean nothing without one of these. */
    private static final Map<String, Set<String>> NEEDS = Map.of(
            "--module", Set.of("--project"),
            "--class-path", Set.of("--test-classes"),
            "--test-classes", Set.of("--class-path"),
            "--fail-if-slower", Set.of("--compare"),
            "--suite-runs", Set.of("--whole-suite", "--setup-show"),
            "--suite-classes", Set.of("--whole-suite", "--setup-show"),
            "--suite-timeout", Set.of("--whole-suite", "--setup-show"),
            "--advice-floor-ms", Set.of("--whole-suite", "--setup-show"),
            "--advice-floor-pct", Set.of("--whole-suite", "--setup-show"));

    /** Pairs that exclude each other: two ways to name the suite, a site folder and none. */
    private static final List<Set<String>> EXCLUDE = List.of(
            Set.of("--project", "--class-path"), Set.of("--project", "--test-classes"),
            Set.of("--module", "--class-path"), Set.of("--module", "--test-classes"),
            Set.of("--site", "--no-site"));

    /** The run command as {@code args} leave it once parsed; bad usage throws. */
    static RunCommand parsed(String... args) {
        CommandLine commandLine = BenchCommand.commandLine();
        String[] withRun = new String[args.length + 1];
        withRun[0] = "run";
        System.arraycopy(args, 0, withRun, 1, args.length);
        commandLine.parseArgs(withRun);
        return commandLine.getSubcommands().get("run").getCommand();
    }

    @Test
    void everyPairIsAcceptedOrRefusedWithAMessageAndOnlyThePairsThatMakeNoSenseAreRefused(@TempDir Path dir) {
        Map<String, String> samples = samples(dir);
        List<String> names = new ArrayList<>();
        for (OptionSpec option : BenchCommand.commandLine().getSubcommands().get("run").getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                names.add(option.longestName());
            }
        }
        assertEquals(Set.copyOf(names), samples.keySet(), "every option of run has a sample value here, and only those");
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                String message = null;
                try {
                    parsed(samples.get(a), samples.get(b)).options();
                } catch (CommandLine.ParameterException e) {
                    message = e.getMessage();
                }
                boolean expectRefusal = refuses(a, b);
                if (message != null) {
                    refused++;
                }
                if (expectRefusal != (message != null)) {
                    wrong.add(a + " " + b + ": " + (message == null ? "accepted" : "refused: " + message));
                } else if (message != null && !namesAnOption(message, a, b)) {
                    wrong.add(a + " " + b + ": refused without naming what is wrong: " + message);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(refused > 0, "some pairs are refused");
    }

    @Test
    void eachOptionAloneIsAcceptedUnlessItNeedsAnother(@TempDir Path dir) {
        for (var sample : samples(dir).entrySet()) {
            boolean needs = NEEDS.containsKey(sample.getKey());
            try {
                parsed(sample.getValue()).options();
                assertFalse(needs, sample.getValue() + " was accepted alone");
            } catch (CommandLine.ParameterException e) {
                assertTrue(needs, sample.getValue() + " alone: " + e.getMessage());
            }
        }
    }

    private static boolean refuses(String a, String b) {
        Set<String> given = Set.of(a, b);
        if (EXCLUDE.contains(given)) {
            return true;
        }
        for (String option : given) {
            Set<String> partners = NEEDS.get(option);
            if (partners != null && partners.stream().noneMatch(given::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code message} names one of the two options or an option one of them needs. */
    private static boolean namesAnOption(String message, String a, String b) {
        List<String> names = new ArrayList<>(List.of(a, b));
        NEEDS.getOrDefault(a, Set.of()).forEach(names::add);
        NEEDS.getOrDefault(b, Set.of()).forEach(names::add);
        return names.stream().anyMatch(message::contains);
    }

    /** A value for each option that is good alone, as a user would write it. */
    private static Map<String, String> samples(Path dir) {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("--project", "--project=" + dir);
        samples.put("--module", "--module=core");
        samples.put("--class-path", "--class-path=x.jar");
        samples.put("--test-classes", "--test-classes=" + dir);
        samples.put("--no-cache", "--no-cache");
        samples.put("--filter", "--filter=model");
        samples.put("--exclude", "--exclude=slow");
        samples.put("--category", "--category=Model");
        samples.put("--scope", "--scope=class");
        samples.put("--type", "--type=junit");
        samples.put("--max-fixtures", "--max-fixtures=2");
        samples.put("--shard", "--shard=1/2");
        samples.put("--integration-tests", "--integration-tests");
        samples.put("--repeat", "--repeat=2");
        samples.put("--baseline-runs", "--baseline-runs=2");
        samples.put("--warmup", "--warmup=1");
        samples.put("--jobs", "--jobs=2");
        samples.put("--baseline-without-archive", "--baseline-without-archive");
        samples.put("--timeout", "--timeout=30s");
        samples.put("--jvm-arg", "--jvm-arg=-Dgreeting=a b");
        samples.put("--fork-jvm-args", "--fork-jvm-args=-Xmx1g -Dgreeting='a b'");
        samples.put("--no-cds", "--no-cds");
        samples.put("--startup-profile", "--no-startup-profile");
        samples.put("--fixture-profiles", "--fixture-profiles");
        samples.put("--out", "--out=" + dir.resolve("out"));
        samples.put("--site", "--site=" + dir.resolve("site"));
        samples.put("--no-site", "--no-site");
        samples.put("--compare", "--compare=" + dir.resolve("earlier.json"));
        samples.put("--fail-if-slower", "--fail-if-slower=20");
        samples.put("--whole-suite", "--whole-suite");
        samples.put("--setup-show", "--setup-show");
        samples.put("--suite-runs", "--suite-runs=2");
        samples.put("--suite-classes", "--suite-classes=Orders");
        samples.put("--suite-timeout", "--suite-timeout=5m");
        samples.put("--advice-floor-ms", "--advice-floor-ms=0");
        samples.put("--advice-floor-pct", "--advice-floor-pct=0.5");
        samples.put("--resume", "--resume");
        return samples;
    }

    @Test
    void theAdviceFloorIsFiftyMsAndOnePercentUnlessTheCommandLineSaysOtherwise() {
        assertEquals(new AdviceFloor(50, 1), parsed("--whole-suite").options().wholeSuite().adviceFloor());
        assertEquals(new AdviceFloor(0, 0.5), parsed("--whole-suite", "--advice-floor-ms=0", "--advice-floor-pct=0.5")
                .options().wholeSuite().adviceFloor());
        CommandLine.ParameterException negative = assertThrows(CommandLine.ParameterException.class,
                () -> parsed("--whole-suite", "--advice-floor-ms=-5"));
        assertTrue(negative.getMessage().contains("a number of at least 0"), negative.getMessage());
    }

    @Test
    void theForkSettingsAreExactlyWhatTheCommandLineSaid() {
        RunCommand run = parsed("--repeat=2", "--baseline-runs=4", "--timeout=90s", "--warmup=1", "--jobs=2",
                "--jvm-arg=-Xmx1g");
        assertEquals(new dev.fixturebench.model.ForkSettings(2, 4, java.time.Duration.ofSeconds(90), 1, 2,
                List.of("-Xmx1g")), run.options().forks());
    }

    @Test
    void aJvmArgWithASpaceReachesTheForkOptionsIntact() {
        RunCommand run = parsed("--jvm-arg=-Dgreeting=a b", "--fork-jvm-args=-Xmx1g -Dname=\"c d\"");
        assertEquals(List.of("-Xmx1g", "-Dname=c d", "-Dgreeting=a b"), run.options().forks().jvmArgs());
    }
}
