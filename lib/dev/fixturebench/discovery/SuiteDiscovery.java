package dev.fixturebench.discovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.suite.SuiteClasspath;
import dev.fixturebench.suite.TestConventions;

/**
 * Enumerates every fixture of a suite without building one: the fixture API's definitions (listed in a fork, since
 * generating them runs the suite's code), native JUnit fixtures read from bytecode, who uses each, and categories.
 * Only the test classes the build's {@code mvn test} runs count (its integration tests too, when asked).
 */
public final class SuiteDiscovery {

    private final Discovery discovery;
    private final SuiteClasspath suite;
    private final CategoryRules rules;
    private final TestConventions conventions;
    private final boolean integrationTests;
    private final ScanCache scans;

    /**
     * Discovery of {@code suite}'s test classes that {@code conventions} run, integration tests when asked; the fixture
     * API's fixtures through {@code discovery}, the test classes' bytecode read again only where {@code cache} keeps
     * no reading of the same files.
     */
    public SuiteDiscovery(Discovery discovery, SuiteClasspath suite, CategoryRules rules, TestConventions conventions,
                          boolean integrationTests, SetupCache cache) {
        this.scans = new ScanCache(cache);
        this.discovery = discovery;
        this.suite = suite;
        this.rules = rules;
        this.conventions = conventions;
        this.integrationTests = integrationTests;
    }

    public DiscoveredSuite discover() throws IOException, DiscoveryException {
        Discovery.ApiFixtures found = discovery.discover();
        List<FixtureInfo> api = found.fixtures();
        List<java.nio.file.Path> classpath = new ArrayList<>(suite.entries());
        classpath.addAll(suite.launcher());
        SuiteStructure structure = scans.scan(suite.testClasses(), classpath, conventions, integrationTests);
        Usage usage = new Usage(structure.tests(), api);
        FixtureHolders holders = new FixtureHolders(api, found.methods());
        List<DiscoveredFixture> fixtures = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        for (FixtureInfo fixture : api) {
            if (usage.template(fixture)) {
                templates.add(fixture.name());
                continue;
            }
            FixtureInfo counted = fixture.withUsedBy(usage.usedBy(fixture.name()));
            fixtures.add(new DiscoveredFixture(counted.withCategory(rules.categorise(counted)),
                    ProbeCall.apiFixture(fixture.name(), holders.of(Set.of(fixture.name()))), null));
        }
        Map<String, Set<String>> usesByClass = new HashMap<>();
        for (TestCase test : structure.tests()) {
            usesByClass.computeIfAbsent(test.className(), c -> new LinkedHashSet<>()).addAll(test.uses());
        }
        for (NativeFixture fixture : structure.fixtures()) {
            FixtureInfo counted = fixture.info().withUsedBy(fixture.usedBy());
            ProbeCall call = NativeProbes.call(fixture);
            if (call.mode().equals(Mode.JUNIT)) {
                // a Jupiter class that asks for fixtures builds them through the API: its fork needs their classes
                call = call.withApiDefinitions(holders.of(usesByClass.getOrDefault(fixture.runClass(), Set.of())));
            }
            fixtures.add(new DiscoveredFixture(counted.withCategory(rules.categorise(counted)), call,
                    NativeProbes.measuredAs(fixture)));
        }
        return new DiscoveredSuite(fixtures, structure.tests().size(), templates,
                structure.tests().stream().map(TestCase::className).distinct().toList(), structure.leftOut());
    }
}
