package dev.fixturebench.model;

/**
 * A test class a run leaves out because the build's {@code mvn test} does not run it: an integration test (measured
 * only when asked) or a class no include of Surefire's names.
 *
 * @param className   the top-level class, binary name
 * @param integration whether it is an integration test (Failsafe's includes name it)
 * @param reason      why it is left out, as listings say it
 */
public record LeftOutClass(String className, boolean integration, String reason) {
}
