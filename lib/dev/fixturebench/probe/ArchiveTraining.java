package dev.fixturebench.probe;

import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Figure;

/**
 * What the fork that dumps the class-data sharing archive runs: the empty test, then the probe's own machinery once
 * (a native measurement of {@link LifecycleSampleTest}, the gauges, the fixture API's registry where it is on the
 * class path), so the archive holds the JUnit, probe and API classes every measuring fork loads — none of a suite's.
 */
final class ArchiveTraining {

    private ArchiveTraining() {
    }

    /** Runs the training and reports the empty test's outcome, as a baseline fork would. */
    static Map<String, Object> run(boolean apiAvailable) {
        Map<String, Object> baseline = ProbeMain.baseline();
        try {
            String framework = Frameworks.forBaseline();
            if (Frameworks.PLATFORM.equals(framework)) {
                String sample = LifecycleSampleTest.class.getName();
                JUnitProbe.measure(sample, "sample", Figure.lifecycle(sample, "beforeEach()"));
            } else if (Frameworks.JUNIT4.equals(framework)) {
                String sample = EmptyJUnit4ProbeTest.class.getName();
                JUnit4Probe.measure(sample, "empty", Figure.lifecycle(sample, "<init>()"));
            } else if (Frameworks.TESTNG.equals(framework)) {
                String sample = EmptyTestNGProbeTest.class.getName();
                TestNGProbe.measure(sample, "empty", Figure.lifecycle(sample, "<init>()"));
            }
            if (apiAvailable) {
                ApiProbe.discover();
            }
        } catch (Throwable partial) {
            // training is best effort: what it loaded before failing is archived all the same
        }
        return baseline;
    }
}
