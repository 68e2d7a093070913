package dev.fixturebench.probe;

import java.util.Map;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
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

    static Outcome execute(Class<?> probeClass, Map<String, String> parameters) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(probeClass))
                .configurationParameters(parameters)
                .build();
        Launcher launcher = LauncherFactory.create();
        Outcome outcome = new Outcome();
        launcher.execute(request, outcome);
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
                return "error";
            case ABORTED:
                return "skipped";
            default:
                return testsFinished == 0 ? "error" : "ok";
        }
    }

    Throwable failure() {
        if (failure == null && testsFinished == 0) {
            return new IllegalStateException("the JUnit launcher ran no probe test: is the Jupiter engine on the class path?");
        }
        return failure;
    }
}
