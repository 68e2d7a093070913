package dev.fixturebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.report.SampleRuns;

import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    static final RunSettings SETTINGS = new RunSettings("/work/suite", "JUnit Platform 1.11.4",
            SampleRuns.forks(3, 5, 120, 0, 1, List.of("-Xmx2g")), new ClassDataSharing(true, "982 classes"),
            "0123456789abcdef", "--filter=gpt2", null);

    static RunSettings with(String suite, String platform, int repeat, int baselineRuns, double timeout, int warmup,
                            List<String> forkJvmArgs, String classPath, String selection, String shard) {
        return new RunSettings(suite, platform, SampleRuns.forks(repeat, baselineRuns, timeout, warmup, 1, forkJvmArgs),
                SETTINGS.classDataSharing(), classPath, selection, shard);
    }

    @Test
    void theSameSettingsDifferInNothing() {
        assertEquals(List.of(), SettingsCheck.differences(SETTINGS, SETTINGS));
        assertEquals(List.of(), SettingsCheck.differences(SETTINGS, with("/work/suite", "JUnit Platform 1.11.4", 3, 5, 120.0, 0,
                List.of("-Xmx2g"), "0123456789abcdef", "--filter=gpt2", null)));
    }

    @Test
    void eachSettingThatDiffersIsNamedWithBothValues() {
        assertEquals(List.of("--repeat: 3 then, 5 now"), SettingsCheck.differences(SETTINGS, with("/work/suite",
                "JUnit Platform 1.11.4", 5, 5, 120, 0, List.of("-Xmx2g"), "0123456789abcdef", "--filter=gpt2", null)));
        assertEquals(List.of("suite: /work/suite then, /other now", "test frameworks: JUnit Platform 1.11.4 then, JUnit Platform 1.10.2 now",
                "the suite's class path (fingerprint): 0123456789abcdef then, fedcba9876543210 now",
                "--repeat: 3 then, 4 now", "--baseline-runs: 5 then, 2 now", "--timeout (s): 120.0 then, 60.5 now",
                "--warmup: 0 then, 1 now", "--jvm-arg: -Xmx2g then, -Xmx4g -XX:+UseSerialGC now",
                "the selection: --filter=gpt2 then, every fixture now", "--shard: none then, 2/3 now"),
                SettingsCheck.differences(SETTINGS, with("/other", "JUnit Platform 1.10.2", 4, 2, 60.5, 1,
                        List.of("-Xmx4g", "-XX:+UseSerialGC"), "fedcba9876543210", "", "2/3")));
    }

    @Test
    void anUnknownFingerprintDiffersFromAKnownOne() {
        assertEquals(List.of("the suite's class path (fingerprint): null then, 0123456789abcdef now"),
                SettingsCheck.differences(with("/work/suite", "JUnit Platform 1.11.4", 3, 5, 120, 0, List.of("-Xmx2g"), null,
                        "--filter=gpt2", null), SETTINGS));
    }

    @Test
    void classDataSharingDoesNotCount() {
        RunSettings withoutArchive = new RunSettings("/work/suite", "JUnit Platform 1.11.4",
                SampleRuns.forks(3, 5, 120, 0, 1, List.of("-Xmx2g")), new ClassDataSharing(false, "the JVM would not"
                + " map it"), "0123456789abcdef", "--filter=gpt2", null);
        assertEquals(List.of(), SettingsCheck.differences(SETTINGS, withoutArchive));
    }
}
