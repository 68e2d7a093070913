package dev.fixturebench.pipeline;

import java.nio.file.Path;

/**
 * How the user named the suite: a Maven project (and maybe one of its modules), or a class path and test-classes
 * folder built some other way.
 *
 * @param project     the Maven project directory, or null
 * @param module      the module folder within it, or null
 * @param classPath   the full test class path, or null
 * @param testClasses the compiled test classes folder, or null
 * @param integrationTests whether its integration tests (Failsafe's) count too, not only what {@code mvn test} runs
 */
public record SuiteTarget(Path project, String module, String classPath, Path testClasses, boolean integrationTests) {

    public static SuiteTarget maven(Path project, String module, boolean integrationTests) {
        return new SuiteTarget(project, module, null, null, integrationTests);
    }

    public static SuiteTarget classpath(String classPath, Path testClasses, boolean integrationTests) {
        return new SuiteTarget(null, null, classPath, testClasses, integrationTests);
    }

    /**
     * The suite's folder: the project's (the module's), or the current one for a class path. Its forks run there, as
     * Surefire runs tests, and its fixture-bench.json holds its category rules.
     */
    Path folder() {
        if (project != null) {
            return module == null ? project : project.resolve(module);
        }
        return Path.of("");
    }
}
