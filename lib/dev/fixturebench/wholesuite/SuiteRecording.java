package dev.fixturebench.wholesuite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * What one whole-suite fork reported, read from its result object.
 *
 * @param wallMs   the launcher's run of the suite
 * @param events   every fixture build and close, in order
 * @param resolves every request of an API fixture by a test, lifecycle method or constructor
 * @param tests    every test that ran or was skipped
 * @param classes  every test class that ran, in run order
 * @param contexts the facets of each Spring context, by id
 * @param contextError why a class's Spring context could not be named, or null
 * @param stopped  why the run ended before the launcher finished, or null when it finished
 * @param notRun   which test classes the run left out, as Surefire would, or null
 */
record SuiteRecording(double wallMs, List<Event> events, List<Resolve> resolves, List<TestRecord> tests,
                      List<ClassRecord> classes, Map<String, List<String>> contexts, String contextError,
                      String stopped, String notRun) {

    /** A build or close of what {@code key} names: {@code api:NAME}, {@code call:Class#m()}, {@code class:C}, {@code test:C}. */
    record Event(String key, boolean build, String kind, double ms, String test, String className) {
    }

    record Resolve(String fixture, String test, String className) {
    }

    record TestRecord(String id, String className, String display, String status, String message, double ms) {

        boolean ran() {
            return !"skipped".equals(status);
        }
    }

    /**
     * A class's figures; {@code contextCached} whether its application context was ready at its start (Spring's cache
     * held it, Quarkus's application ran; null: unknown); {@code contextStarts} how many it started, where the
     * framework starts more than one per class (null: one, or none when cached).
     */
    record ClassRecord(String className, double setupMs, double testsMs, double teardownMs, int testsRun,
                       String context, Boolean contextCached, Integer contextStarts) {

        ClassRecord(String className, double setupMs, double testsMs, double teardownMs, int testsRun,
                    String context, Boolean contextCached) {
            this(className, setupMs, testsMs, teardownMs, testsRun, context, contextCached, null);
        }
    }

    static SuiteRecording read(JsonNode probe) {
        List<Event> events = new ArrayList<>();
        for (JsonNode node : probe.path(Suite.EVENTS)) {
            events.add(new Event(node.path(Suite.FIXTURE).asText(), Suite.BUILD.equals(node.path(Suite.PHASE).asText()),
                    node.path(Suite.KIND).asText(), node.path(Suite.MS).asDouble(), text(node, Suite.TEST),
                    text(node, Suite.CLASS)));
        }
        List<Resolve> resolves = new ArrayList<>();
        for (JsonNode node : probe.path(Suite.RESOLVES)) {
            resolves.add(new Resolve(node.path(Suite.FIXTURE).asText(), text(node, Suite.TEST),
                    text(node, Suite.CLASS)));
        }
        List<TestRecord> tests = new ArrayList<>();
        for (JsonNode node : probe.path(Suite.TESTS)) {
            tests.add(new TestRecord(node.path(Suite.ID).asText(), text(node, Suite.CLASS),
                    node.path(Suite.DISPLAY).asText(), node.path(Suite.STATUS).asText(), text(node, Suite.MESSAGE),
                    node.path(Suite.MS).asDouble()));
        }
        List<ClassRecord> classes = new ArrayList<>();
        for (JsonNode node : probe.path(Suite.CLASSES)) {
            classes.add(new ClassRecord(node.path(Suite.CLASS).asText(), node.path(Suite.SETUP_MS).asDouble(),
                    node.path(Suite.TESTS_MS).asDouble(), node.path(Suite.TEARDOWN_MS).asDouble(),
                    node.path(Suite.TESTS_RUN).asInt(), text(node, Suite.CONTEXT),
                    node.path(Suite.CONTEXT_CACHED).isBoolean() ? node.get(Suite.CONTEXT_CACHED).asBoolean() : null,
                    node.path(Suite.CONTEXT_STARTS).isInt() ? node.get(Suite.CONTEXT_STARTS).asInt() : null));
        }
        Map<String, List<String>> contexts = new LinkedHashMap<>();
        for (JsonNode node : probe.path(Suite.CONTEXTS)) {
            List<String> facets = new ArrayList<>();
            node.path(Suite.FACETS).forEach(facet -> facets.add(facet.asText()));
            contexts.put(node.path(Suite.ID).asText(), facets);
        }
        return new SuiteRecording(probe.path(Suite.WALL_MS).asDouble(), events, resolves, tests, classes, contexts,
                text(probe, Suite.CONTEXT_ERROR), text(probe, Suite.STOPPED), text(probe, Suite.NOT_RUN));
    }

    /** This recording, marked as stopped early for {@code reason}. */
    SuiteRecording stoppedBy(String reason) {
        return new SuiteRecording(wallMs, events, resolves, tests, classes, contexts, contextError, reason, notRun);
    }

    /** Ids of the tests that ran (not skipped), by their class and each class enclosing it ({@code @Nested}). */
    Map<String, List<String>> testsByClass() {
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (TestRecord test : tests) {
            if (test.ran() && test.className() != null) {
                String name = test.className();
                for (int end = name.length(); end > 0; end = name.lastIndexOf('$', end - 1)) {
                    byClass.computeIfAbsent(name.substring(0, end), c -> new ArrayList<>()).add(test.id());
                }
            }
        }
        return byClass;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
