package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryRulesTest {

    private static FixtureInfo fixture(String name, String type, String declaredCategory, String declaredIn) {
        return new FixtureInfo(name, FixtureType.of(type), FixtureScope.SESSION, declaredCategory, declaredIn, List.of());
    }

    @Test
    void theSeedsDefaultsApplyWithoutAFile(@TempDir Path project) throws Exception {
        CategoryRules rules = CategoryRules.load(project);
        assertEquals("Real Model", rules.categorise(fixture("get_it_session__l_gpt2_debug__setup", "dynamic", "", "S")));
        assertEquals("Custom Model", rules.categorise(fixture("get_it_module__core_cust__setup", "dynamic", "", "S")));
        assertEquals("Config Only", rules.categorise(fixture("get_it_session_cfg__tl_x", "dynamic", "", "S")));
        assertEquals("Static", rules.categorise(fixture("text_corpus", "static", "", "S")));
        assertEquals("JUnit", rules.categorise(fixture("ServerIT#startServer", "junit", "", "S")));
        assertEquals("Uncategorised", rules.categorise(fixture("something_else", "dynamic", "", "S")));
    }

    @Test
    void aDeclaredCategoryWinsOverTheDefaults(@TempDir Path project) throws Exception {
        assertEquals("Calibration", CategoryRules.load(project)
                .categorise(fixture("calib_gpt2_like", "static", "Calibration", "S")));
    }

    @Test
    void theSuitesRulesComeFirstInTheirOrder(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("fixture-bench.json"), """
                {"categories": [
                  {"category": "Database", "match": {"source": "\\\\.db\\\\."}},
                  {"category": "Big Models", "match": {"name": "llama3|gpt2"}},
                  {"category": "Renamed", "match": {"declared": "^Calibration$"}},
                  {"category": "Natives", "match": {"type": "junit"}}
                ]}
                """);
        CategoryRules rules = CategoryRules.load(project);
        assertEquals("Database", rules.categorise(fixture("gpt2_cache", "static", "", "com.acme.db.Fixtures")));
        assertEquals("Big Models", rules.categorise(fixture("gpt2_cache", "static", "", "com.acme.Fixtures")));
        assertEquals("Renamed", rules.categorise(fixture("calib_sleep", "static", "Calibration", "x.Calib")));
        assertEquals("Natives", rules.categorise(fixture("A#setUp", "junit", "", "x.A")));
        assertEquals("Custom Model", rules.categorise(fixture("core_cust", "dynamic", "", "x.S")));
    }

    @Test
    void aBadRuleNamesTheLineAndTheReason(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("fixture-bench.json"), """
                {"categories": [
                  {"category": "Models", "match": {"name": "gpt2"}},
                  {"category": "Broken", "match": {"name": "gpt2(", "type": "static"}}
                ]}
                """);
        RulesException error = assertThrows(RulesException.class, () -> CategoryRules.load(project));
        assertTrue(error.getMessage().contains("fixture-bench.json line 3"), error.getMessage());
    }

    @Test
    void nullRulesAreRefusedWithTheirLineNotACrash(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("fixture-bench.json"), "{\"categories\": [\n  null\n]}\n");
        RulesException nullRule = assertThrows(RulesException.class, () -> CategoryRules.load(project));
        assertTrue(nullRule.getMessage().contains("fixture-bench.json line"), nullRule.getMessage());
        Files.writeString(project.resolve("fixture-bench.json"),
                "{\"categories\": [\n  {\"category\": \"M\", \"match\": null}\n]}\n");
        RulesException nullMatch = assertThrows(RulesException.class, () -> CategoryRules.load(project));
        assertTrue(nullMatch.getMessage().contains("a rule needs a match"), nullMatch.getMessage());
    }

    @Test
    void aMatchNeedsExactlyOneCriterion(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("fixture-bench.json"),
                "{\"categories\": [\n  {\"category\": \"Models\", \"match\": {\"name\": \"a\", \"type\": \"b\"}}\n]}\n");
        RulesException error = assertThrows(RulesException.class, () -> CategoryRules.load(project));
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
        assertTrue(error.getMessage().contains("exactly one of name, source, declared, type; it has 2"),
                error.getMessage());
    }

    @Test
    void anUnknownKeyOrBrokenJsonIsRefusedWithItsLine(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("fixture-bench.json"),
                "{\"categories\": [\n  {\"category\": \"Models\",\n   \"macth\": {\"name\": \"a\"}}\n]}\n");
        RulesException unknown = assertThrows(RulesException.class, () -> CategoryRules.load(project));
        assertTrue(unknown.getMessage().contains("line 3") && unknown.getMessage().contains("'match'"),
                unknown.getMessage());
        Files.writeString(project.resolve("fixture-bench.json"), "{\"categories\": [\n  {\"category\": \"M\",,}\n]}");
        RulesException syntax = assertThrows(RulesException.class, () -> CategoryRules.load(project));
        assertTrue(syntax.getMessage().contains("line 2"), syntax.getMessage());
    }
}
