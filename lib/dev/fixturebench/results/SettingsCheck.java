package dev.fixturebench.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.fixturebench.model.RunSettings;

/**
 * What must be the same for two sets of results to be one run: a resumed run and the one it finishes, the shards of
 * one run. Class-data sharing is left out: whether the archive was usable may differ by machine, not the figures.
 */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    /** Each setting that differs, as {@code repeat: 3 then 5}; empty when none does. */
    public static List<String> differences(RunSettings before, RunSettings after) {
        List<String> differences = new ArrayList<>();
        compare(differences, "suite", before, after, RunSettings::suite);
        compare(differences, "test frameworks", before, after, RunSettings::frameworks);
        compare(differences, "the suite's class path (fingerprint)", before, after, RunSettings::classPath);
        compare(differences, "--repeat", before, after, s -> s.forks().repeat());
        compare(differences, "--baseline-runs", before, after, s -> s.forks().baselineRuns());
        compare(differences, "--timeout (s)", before, after, s -> s.forks().timeoutSeconds());
        compare(differences, "--warmup", before, after, s -> s.forks().warmup());
        compare(differences, "--jobs", before, after, s -> s.forks().jobs());
        compare(differences, "--jvm-arg", before, after, s -> String.join(" ", s.forks().jvmArgs()));
        compare(differences, "the selection", before, after, s -> s.selection().isEmpty() ? "every fixture"
                : s.selection());
        compare(differences, "--shard", before, after, s -> s.shard() == null ? "none" : s.shard());
        return differences;
    }

    private static void compare(List<String> differences, String name, RunSettings before, RunSettings after,
                                Function<RunSettings, Object> setting) {
        Object then = setting.apply(before);
        Object now = setting.apply(after);
        if (!Objects.equals(then, now)) {
            differences.add(name + ": " + then + " then, " + now + " now");
        }
    }
}
