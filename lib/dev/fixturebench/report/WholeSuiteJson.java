package dev.fixturebench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.SpringContext;
import dev.fixturebench.model.SuiteFixture;
import dev.fixturebench.model.WholeSuite;

/**
 * The whole suite's part of the JSON results: {@code in_suite} on a fixture, and the top-level {@code whole_suite}
 * and {@code advice}, each null when the run did not run the suite.
 */
final class WholeSuiteJson {

    private WholeSuiteJson() {
    }

    /** {@code in_suite: {builds, total_ms, median_ms, teardown_ms, tests, classes}}, or null. */
    static void inSuite(ObjectNode parent, InSuite inSuite) {
        if (inSuite == null) {
            parent.putNull("in_suite");
            return;
        }
        ObjectNode node = parent.putObject("in_suite");
        node.put("builds", inSuite.builds());
        node.put("total_ms", inSuite.totalMs());
        node.put("median_ms", inSuite.medianMs());
        node.put("teardown_ms", inSuite.teardownMs());
        node.put("tests", inSuite.tests());
        node.put("classes", inSuite.classes());
    }

    static void write(ObjectNode root, WholeSuite suite) {
        if (suite == null) {
            root.putNull("whole_suite");
            root.putNull("advice");
            return;
        }
        ObjectNode node = root.putObject("whole_suite");
        node.put("runs", suite.runs());
        node.put("test_classes", suite.testClasses());
        JsonReport.stats(node, "wall_ms", suite.wallMs());
        node.put("fixture_build_ms", suite.buildMs());
        node.put("fixture_share", suite.buildShare());
        ObjectNode tests = node.putObject("tests");
        tests.put("passed", suite.tests().passed());
        tests.put("failed", suite.tests().failed());
        tests.put("aborted", suite.tests().aborted());
        tests.put("skipped", suite.tests().skipped());
        JsonReport.strings(tests, "failures", suite.tests().failures());
        ArrayNode fixtures = node.putArray("fixtures");
        for (SuiteFixture fixture : suite.fixtures()) {
            ObjectNode item = fixtures.addObject();
            item.put("name", fixture.fixture().name());
            item.put("type", fixture.fixture().type().label());
            item.put("scope", fixture.fixture().scope().label());
            item.put("measured_as", fixture.measuredAs());
            inSuite(item, fixture.inSuite());
        }
        ArrayNode classes = node.putArray("classes");
        for (ClassTiming timing : suite.classes()) {
            ObjectNode item = classes.addObject();
            item.put("class", timing.className());
            item.put("setup_ms", timing.setupMs());
            item.put("tests_ms", timing.testsMs());
            item.put("teardown_ms", timing.teardownMs());
            item.put("tests", timing.tests());
            item.put("context", timing.context());
        }
        ArrayNode contexts = node.putArray("application_contexts");
        for (SpringContext context : suite.contexts()) {
            ObjectNode item = contexts.addObject();
            item.put("id", context.id());
            JsonReport.strings(item, "classes", context.classes());
            JsonReport.strings(item, "built_by", context.builtBy());
            item.put("build_ms", context.buildMs());
            item.put("misses", context.misses());
            item.put("hits", context.hits());
            JsonReport.strings(item, "facets", context.facets());
            item.put("closest", context.closest());
            JsonReport.strings(item, "differences", context.differences());
        }
        JsonReport.strings(node, "notes", suite.notes());
        ArrayNode advice = root.putArray("advice");
        for (Advice entry : suite.advice()) {
            ObjectNode item = advice.addObject();
            item.put("fixture", entry.fixture());
            item.put("from_scope", entry.fromScope().label());
            item.put("to_scope", entry.toLabel());
            item.put("saving_ms", entry.savingMs());
            item.put("reason", entry.reason());
        }
    }
}
