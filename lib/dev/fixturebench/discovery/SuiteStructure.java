package dev.fixturebench.discovery;

import java.util.List;

/**
 * What {@link SuiteScanner} read from a suite's bytecode: its tests and its native JUnit fixtures.
 * Both lists are in declaration order: by class name, then member order in the class file.
 *
 * @param tests    one entry per test method of every concrete test class
 * @param fixtures the JUnit fixtures those tests run, each counted once under its declaring class
 */
public record SuiteStructure(List<TestCase> tests, List<NativeFixture> fixtures) {

    public SuiteStructure {
        tests = List.copyOf(tests);
        fixtures = List.copyOf(fixtures);
    }
}
