package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

/** A measuring fork is told the classes that declare its fixture and everything that fixture uses, and no others. */
class HoldersTest {

    private static FixtureInfo fixture(String name, FixtureType type, String declaredIn, String... dependsOn) {
        return new FixtureInfo(name, type, FixtureScope.METHOD, "Any", declaredIn, List.of(dependsOn));
    }

    @Test
    void theFixturesClassThoseOfItsDependenciesAtAnyDepthAndThoseTheGeneratedOnesUseEachOnce() {
        List<FixtureInfo> api = List.of(
                fixture("model", FixtureType.STATIC, "ex.ModelFixtures", "tokenizer", "config"),
                fixture("tokenizer", FixtureType.STATIC, "ex.TextFixtures", "config"),
                fixture("config", FixtureType.DYNAMIC, "ex.ConfigSource"),
                fixture("vocabulary", FixtureType.STATIC, "ex.TextFixtures"),
                fixture("unrelated", FixtureType.STATIC, "ex.OtherFixtures"),
                fixture("corpus", FixtureType.STATIC, "ex.CorpusFixtures"),
                fixture("session__gpt2", FixtureType.DYNAMIC, "ex.SessionSource", "corpus"));
        assertEquals(List.of("ex.ModelFixtures", "ex.TextFixtures", "ex.CorpusFixtures"),
                SuiteDiscovery.holders(api.get(0), api), "a generated fixture's dependency too: the fork checks it");
        assertEquals(List.of("ex.OtherFixtures", "ex.CorpusFixtures"), SuiteDiscovery.holders(api.get(4), api));
        assertEquals(List.of("ex.CorpusFixtures"), SuiteDiscovery.holders(api.get(6), api),
                "a generated fixture: the fork loads its source anyway");
    }
}
