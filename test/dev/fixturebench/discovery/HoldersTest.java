package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

/**
 * A measuring fork is told the classes its fixture needs: the one declaring it and, since loading a class defines all
 * its fixtures, those declaring what any of them uses; no other.
 */
class HoldersTest {

    private static FixtureInfo fixture(String name, FixtureType type, String declaredIn, String... dependsOn) {
        return new FixtureInfo(name, type, FixtureScope.METHOD, "Any", declaredIn, List.of(dependsOn));
    }

    private static final List<FixtureInfo> API = List.of(
            fixture("model", FixtureType.STATIC, "ex.ModelFixtures", "tokenizer"),
            fixture("tokenizer", FixtureType.STATIC, "ex.TextFixtures"),
            fixture("vocabulary", FixtureType.STATIC, "ex.TextFixtures", "config"),
            fixture("config", FixtureType.DYNAMIC, "ex.ConfigSource"),
            fixture("unrelated", FixtureType.STATIC, "ex.OtherFixtures"),
            fixture("corpus", FixtureType.STATIC, "ex.CorpusFixtures"),
            fixture("session__gpt2", FixtureType.DYNAMIC, "ex.SessionSource", "corpus"),
            fixture("session__bert", FixtureType.DYNAMIC, "ex.SessionSource"));

    @Test
    void theDeclaringClassThenThoseDeclaringWhatAnyOfItsFixturesUsesAtAnyDepthEachOnce() {
        assertEquals(List.of("ex.ModelFixtures", "ex.TextFixtures", "ex.ConfigSource"),
                new FixtureHolders(API).of(Set.of("model")),
                "TextFixtures also defines vocabulary, which uses the source's config");
        assertEquals(List.of("ex.OtherFixtures"), new FixtureHolders(API).of(Set.of("unrelated")), "nothing else");
    }

    @Test
    void aGeneratedFixtureNeedsItsSourceAndWhatAnyOfTheSourcesFixturesUses() {
        assertEquals(List.of("ex.SessionSource", "ex.CorpusFixtures"), new FixtureHolders(API).of(Set.of("session__bert")),
                "bert uses nothing, but the source also defines gpt2, which uses corpus");
    }
}
