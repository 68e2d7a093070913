package dev.fixturebench.report;

import java.time.Instant;
import java.util.List;

import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.SuiteCatalog;

/** A small run with every kind of row (ok, error, skipped, a fixture never measured), for the formats' tests. */
public final class SampleRuns {

    private SampleRuns() {
    }

    static final String LONG_ERROR = "dev.fixturebench.api.FixtureCreationException: Fixture 'broken_model'"
            + " failed to build: java.io.IOException: weights file truncated after 4096 bytes\n\tat Loader.load(Loader.java:42)";

    public static Stats stats(double... readings) {
        return Stats.of(java.util.Arrays.stream(readings).boxed().toList()).orElseThrow();
    }

    public static FixtureResult ok(String name, String category, double initMs, double heapMib) {
        FixtureInfo info = new FixtureInfo(name, FixtureType.STATIC, FixtureScope.METHOD, category, "example.Holder", List.of("dep"), 4);
        return new FixtureResult(info, Status.OK, null, stats(initMs, initMs + 2, initMs - 1), stats(initMs),
                stats(0), stats(initMs / 2), null, stats(900 + initMs, 905 + initMs, 899 + initMs),
                stats(initMs + 10, initMs + 15, initMs + 9), heapMib, heapMib + 1, 12.0, heapMib + 20, null, null);
    }

    public static RunResult run() {
        FixtureInfo brokenInfo = new FixtureInfo("broken_model", FixtureType.DYNAMIC, FixtureScope.SESSION, "Real Model", "example.Source",
                List.of(), 0);
        FixtureInfo gpuInfo = new FixtureInfo("gpu_device_buffer", FixtureType.STATIC, FixtureScope.CLASS, "GPU", "example.Holder", List.of(),
                1);
        FixtureInfo unmeasured = new FixtureInfo("never_measured", FixtureType.STATIC, FixtureScope.METHOD, "Static", "example.Holder",
                List.of(), 0);
        List<FixtureResult> results = List.of(ok("z_static", "Static", 12.0, 0.5),
                ok("calib_sleep_250ms", "Calibration", 250.4, 0.0),
                FixtureResult.failed(brokenInfo, Status.ERROR, LONG_ERROR, stats(700), null),
                FixtureResult.failed(gpuInfo, Status.SKIPPED, "no GPU: libcuda.so.1 not found", stats(700), null));
        List<FixtureInfo> catalog = new java.util.ArrayList<>(results.stream().map(FixtureResult::fixture).toList());
        catalog.add(unmeasured);
        return new RunResult(Instant.parse("2026-11-26T12:00:00Z"),
                new Environment("Debian 17.0.15", "Linux", "Test CPU, 2 logical cores",
                        Gpu.unavailable("CUDA driver not loadable")),
                new RunSettings("/suite", "1.11.4", 3, 5, 120, 0, 1, new ClassDataSharing(true, "982 classes")),
                new SuiteCatalog(catalog, 7, List.of("get_it_session__template")),
                new Baseline(stats(800, 850, 790, 810, 820), 120.0, stats(1100, 1150, 1090, 1110, 1120)), results);
    }
}
