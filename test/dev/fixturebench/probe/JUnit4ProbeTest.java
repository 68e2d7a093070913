package dev.fixturebench.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.probe.subjects.DependentNgSpec;
import dev.fixturebench.probe.subjects.GroupNgSpec;
import dev.fixturebench.probe.subjects.LegacySpec;
import dev.fixturebench.probe.subjects.OrderedRulesSpec;
import dev.fixturebench.probe.subjects.TwoRuleMethodsSpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.runner.JUnitCore;
import org.junit.runner.Request;

/**
 * The probe's JUnit 4 and TestNG runners keep the frameworks' own behaviour: rule order, rules from methods of one
 * type, tests that depend on others, a group's set-up. Forks run {@link ProbeMain} as the tool does, on this build's class path.
 */
class JUnit4ProbeTest {

    @Test
    void theTimedRunnerNestsRulesInTheOrderTheirOrderAttributeGives() throws Exception {
        OrderedRulesSpec.ENTERED.clear();
        new JUnitCore().run(OrderedRulesSpec.class);
        List<String> plain = new ArrayList<>(OrderedRulesSpec.ENTERED);
        OrderedRulesSpec.ENTERED.clear();
        new JUnitCore().run(Request.runner(new TimedJUnit4Runner(OrderedRulesSpec.class)));
        assertEquals(List.of("outer", "middle", "inner"), plain, "JUnit 4.13's own order: the lower, the outer");
        assertEquals(plain, OrderedRulesSpec.ENTERED);
    }

    @Test
    void timesEachOfTwoRuleMethodsOfOneTypeUnderItsOwnName(@TempDir Path work) throws Exception {
        String owner = TwoRuleMethodsSpec.class.getName();
        JsonNode quick = fork(work, Mode.JUNIT4, owner, "runs", Figure.lifecycle(owner, "quick()"));
        JsonNode slow = fork(work, Mode.JUNIT4, owner, "runs", Figure.lifecycle(owner, "slow()"));
        assertBetween(quick, 30);
        assertBetween(slow, 90);
    }

    @Test
    void timesAJUnit3SetUp(@TempDir Path work) throws Exception {
        String owner = LegacySpec.class.getName();
        assertBetween(fork(work, Mode.JUNIT4, owner, "testRuns", Figure.lifecycle(owner, "setUp()")), 35);
    }

    @Test
    void runsATestNGTestWithTheTestsItDependsOn(@TempDir Path work) throws Exception {
        String owner = DependentNgSpec.class.getName();
        JsonNode result = fork(work, Mode.TESTNG, owner, "third", Figure.lifecycle(owner, "prepare()"));
        assertEquals("ok", result.get("status").asText(), result.toString());
        assertBetween(result, 40);
    }

    @Test
    void timesAGroupsSetUpThoughTestNGDoesNotCallItAConfigurationMethod(@TempDir Path work) throws Exception {
        String owner = GroupNgSpec.class.getName();
        assertBetween(fork(work, Mode.TESTNG, owner, "inGroup", Figure.lifecycle(owner, "warm()")), 30);
    }

    private static void assertBetween(JsonNode result, double truthMs) {
        assertEquals("ok", result.get("status").asText(), result.toString());
        double init = result.get("init_ms").asDouble();
        assertTrue(init >= truthMs && init < truthMs + 20, "a " + truthMs + " ms call read " + init + " ms: " + result);
    }

    /** Runs the probe in a fresh JVM on this build's class path, as the tool's forks do, and reads its result. */
    private static JsonNode fork(Path work, String mode, String... operands) throws Exception {
        Path result = Files.createTempFile(work, "probe", ".json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ProbeMain.class.getName(), mode,
                result.toString()));
        command.addAll(List.of(operands));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("fork.log").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the fork finished in a minute");
        return new ObjectMapper().readTree(result.toFile());
    }
}
