package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.fixturebench.api.FixtureDeclaration;
import dev.fixturebench.api.Scope;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.probe.ProbeProtocol;

/**
 * A measuring fork is told what its fixture needs: each static fixture whose method discovery named, declared on its
 * own, and the classes to read whole for the rest, with, since reading a class defines all its fixtures, whatever any
 * of them uses; no other.
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
        assertEquals(List.of("ex.ModelFixtures", "ex.TextFixtures", "source:ex.ConfigSource"),
                new FixtureHolders(API, Map.of()).of(Set.of("model")),
                "TextFixtures also defines vocabulary, which uses the source's config");
        assertEquals(List.of("ex.OtherFixtures"), new FixtureHolders(API, Map.of()).of(Set.of("unrelated")), "nothing else");
    }

    @Test
    void aStaticFixtureWhoseMethodIsKnownIsDeclaredAloneWithWhatItUsesAtAnyDepth() {
        Map<String, String> methods = Map.of("model", "buildModel", "tokenizer", "tokenizer", "vocabulary", "vocabulary",
                "unrelated", "unrelated", "corpus", "corpus");
        assertEquals(List.of(declared("model", "ex.ModelFixtures", "buildModel", "tokenizer"),
                        declared("tokenizer", "ex.TextFixtures", "tokenizer")),
                new FixtureHolders(API, methods).of(Set.of("model")),
                "TextFixtures is not read whole, so vocabulary and the source's config are not needed");
        assertEquals(List.of("source:ex.SessionSource", declared("corpus", "ex.CorpusFixtures", "corpus")),
                new FixtureHolders(API, methods).of(Set.of("session__bert")),
                "a source is read whole; what its other fixture uses is declared");
    }

    @Test
    void aFixtureOfAClassReadWholeIsNotDeclaredAgain() {
        Map<String, String> methods = Map.of("model", "model", "tokenizer", "tokenizer", "corpus", "corpus");
        assertEquals(Set.of("ex.TextFixtures", "source:ex.ConfigSource",
                        declared("model", "ex.ModelFixtures", "model", "tokenizer")),
                new HashSet<>(new FixtureHolders(API, methods).of(Set.of("model", "vocabulary"))),
                "vocabulary's method is unknown: TextFixtures is read whole, which defines tokenizer too");
    }

    private static String declared(String name, String holder, String method, String... dependencies) {
        return ProbeProtocol.DECLARED_OPERAND + new FixtureDeclaration(name, Scope.METHOD, "Any", holder, method,
                List.of(dependencies)).encoded();
    }

    @Test
    void aGeneratedFixtureNeedsItsSourceAndWhatAnyOfTheSourcesFixturesUses() {
        assertEquals(List.of("source:ex.SessionSource", "ex.CorpusFixtures"),
                new FixtureHolders(API, Map.of()).of(Set.of("session__bert")),
                "bert uses nothing, but the source also defines gpt2, which uses corpus");
    }
}
