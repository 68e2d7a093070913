package dev.fixturebench.probe;

import java.util.List;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Result;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one probe class through the JUnit Platform launcher and keeps what went wrong first:
 * a failure outranks an aborted (skipped) execution.
 */
final class Outcome implements TestExecutionListener {

    private TestExecutionResult.Status worst = TestExecutionResult.Status.SUCCESSFUL;
    private Throwable failure;
    private int testsFinished;

    /** Runs one probe class through the launcher and reports its status, error and the JVM's uptime. */
    static Map<String, Object> launch(Class<?> probeClass, Map<String, String> parameters) {
        return execute(DiscoverySelectors.selectClass(probeClass), parameters).report();
    }

    /** The fork's result for this run, as {@link ProbeMain#report} writes it. */
    Map<String, Object> report() {
        return ProbeMain.report(status(), failure());
    }

    static Outcome execute(DiscoverySelector selector, Map<String, String> parameters,
                           TestExecutionListener... listeners) {
        return execute(List.of(selector), parameters, null, listeners);
    }

    static Outcome execute(List<DiscoverySelector> selectors, Map<String, String> parameters,
                           PostDiscoveryFilter filter, TestExecutionListener... listeners) {
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameters(parameters);
        if (filter != null) {
            builder.filters(filter);
        }
        LauncherDiscoveryRequest request = builder.build();
        Launcher launcher = LauncherFactory.create();
        Outcome outcome = new Outcome();
        TestExecutionListener[] all = java.util.Arrays.copyOf(listeners, listeners.length + 1);
        all[listeners.length] = outcome;
        launcher.execute(request, all);
        return outcome;
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.isTest()) {
            testsFinished++;
        }
        if (result.getStatus().ordinal() > worst.ordinal()) {
            worst = result.getStatus();
            failure = result.getThrowable().orElse(null);
        }
    }

    String status() {
        switch (worst) {
            case FAILED:
                return Result.ERROR;
            case ABORTED:
                return Result.SKIPPED;
            default:
                return testsFinished == 0 ? Result.ERROR : Result.OK;
        }
    }

    int testsFinished() {
        return testsFinished;
    }

    Throwable failure() {
        if (failure == null && testsFinished == 0) {
            return new IllegalStateException("the JUnit launcher ran no test: is the Jupiter engine on the class path,"
                    + " and does the selected test exist?");
        }
        return failure;
    }
}
