package dev.fixturebench.examples.junitnative;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables a test class unless {@code -Dstore.docker=true} says a Docker daemon is there to run its store in. */
public final class RequiresDocker implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return "true".equals(System.getProperty("store.docker"))
                ? ConditionEvaluationResult.enabled("store.docker=true")
                : ConditionEvaluationResult.disabled("Docker is not available: set -Dstore.docker=true");
    }
}
