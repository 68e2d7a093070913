package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.ReflectionSupport;

import dev.fixturebench.api.FixtureDefinition;
import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.FixtureRegistry;
import dev.fixturebench.api.Scope;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.ConfigTable;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.fixtures.ModelFixtureSource;
import dev.fixturebench.examples.fixtures.ModelFixtureSource.Phase;

/** The suite's fixture catalogue as Fixture Bench will see it: families, categories, scopes, and full test coverage. */
class FixtureCatalogTest {

    private final List<FixtureDefinition> definitions = FixtureRegistry.shared().definitions();
    private final Map<String, FixtureDefinition> byName = definitions.stream()
            .collect(Collectors.toMap(FixtureDefinition::name, Function.identity()));

    @Test
    void suiteHasAtLeast48FixturesMostlyGenerated() {
        long generated = definitions.stream().filter(d -> d.origin().generated()).count();
        long handWritten = definitions.size() - generated;
        assertTrue(generated >= 40, "generated: " + generated);
        assertTrue(handWritten >= 8, "hand-written: " + handWritten);
        assertEquals(new ModelFixtureSource().definitions().size(), generated);
        assertTrue(definitions.stream().filter(d -> d.origin().generated())
                .allMatch(d -> d.origin().declaredIn().equals(ModelFixtureSource.class.getName())));
    }

    @Test
    void everyConfigKeyHasItsFamilies() {
        for (ModelConfig config : ConfigTable.rows()) {
            String key = config.key();
            String cfg = ModelFixtureSource.configName(key);
            assertFixture(cfg, Scope.SESSION, ModelFixtureSource.CONFIG_ONLY);
            assertTrue(byName.get(cfg).dependencies().isEmpty());
            for (Phase phase : Phase.values()) {
                FixtureDefinition session = assertFixture(ModelFixtureSource.sessionName(key, phase), Scope.SESSION,
                        config.kind().category());
                FixtureDefinition module = assertFixture(ModelFixtureSource.moduleName(key, phase), Scope.CLASS,
                        config.kind().category());
                assertEquals(cfg, session.dependencies().get(0));
                assertEquals(session.dependencies(), module.dependencies());
            }
            for (Analysis analysis : config.analyses()) {
                for (Phase phase : Phase.values()) {
                    FixtureDefinition run = assertFixture(ModelFixtureSource.analysisName(key, analysis, phase),
                            Scope.METHOD, config.kind().category());
                    assertEquals(List.of(ModelFixtureSource.sessionName(key, phase)), run.dependencies());
                }
            }
        }
        assertTrue(byName.containsKey("get_analysis_session__core_cust_logit_diffs__initonly_runanalysis"));
        assertTrue(byName.containsKey("get_it_session__gpt2__setup"));
    }

    @Test
    void handWrittenFixturesMixScopesAndCategories() {
        assertFixture("calib_sleep_250ms", Scope.METHOD, "Calibration");
        assertFixture("calib_heap_128mib", Scope.METHOD, "Calibration");
        assertFixture("gpu_device_buffer", Scope.METHOD, "GPU");
        assertFixture("local_http_server", Scope.CLASS, "Static");
        assertFixture("text_corpus", Scope.SESSION, "Static");
        assertEquals(List.of("text_corpus"), byName.get("corpus_vocabulary").dependencies());
        assertEquals(List.of("workspace_dir", "text_corpus"), byName.get("corpus_file").dependencies());
    }

    @Test
    void everyFixtureIsUsedByATest() {
        Set<String> used = ReflectionSupport.findAllClassesInPackage(getClass().getPackageName(),
                        FixtureCatalogTest::usesFixtureExtension, name -> true).stream()
                .flatMap(type -> Stream.<Executable>concat(Stream.of(type.getDeclaredConstructors()),
                        Stream.of(type.getDeclaredMethods())))
                .flatMap(executable -> Stream.of(executable.getParameters()))
                .map(parameter -> parameter.getAnnotation(Use.class))
                .filter(use -> use != null)
                .map(Use::value)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unused = new TreeSet<>(byName.keySet());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "fixtures no test asks for");
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(byName.keySet());
        assertEquals(Set.of(), unknown, "names tests ask for that no fixture has");
    }

    private FixtureDefinition assertFixture(String name, Scope scope, String category) {
        FixtureDefinition definition = byName.get(name);
        assertTrue(definition != null, "missing fixture " + name);
        assertEquals(scope, definition.scope(), name);
        assertEquals(category, definition.category(), name);
        return definition;
    }

    private static boolean usesFixtureExtension(Class<?> type) {
        ExtendWith extendWith = type.getAnnotation(ExtendWith.class);
        return extendWith != null && List.of(extendWith.value()).contains(FixtureExtension.class);
    }
}
