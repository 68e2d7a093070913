package dev.fixturebench.discovery;

import java.util.List;

import dev.fixturebench.model.LeftOutClass;

/**
 * What {@link SuiteScanner} read from a suite's bytecode: its tests and its native JUnit fixtures.
 * Both lists are in declaration order: by class name, then member order in the class file.
 *
 * @param tests    one entry per test method of every concrete test class
 * @param fixtures the JUnit fixtures those tests run, each counted once under its declaring class
 * @param leftOut  the test classes left out because the build does not run them in {@code mvn test}, by name
 */
public record SuiteStructure(List<TestCase> tests, List<NativeFixture> fixtures, List<LeftOutClass> leftOut) {

    public SuiteStructure {
        tests = List.copyOf(tests);
        fixtures = List.copyOf(fixtures);
        leftOut = List.copyOf(leftOut);
    }
}
