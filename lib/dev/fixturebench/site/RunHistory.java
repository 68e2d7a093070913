package dev.fixturebench.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;

/**
 * The runs a site holds, oldest first, as its {@code history.json} keeps them: enough of each to list it and to draw
 * every fixture's trend, even when the run's own pages are gone (a Pages deploy carries only this file forward).
 *
 * @param runs the runs, oldest first
 */
public record RunHistory(List<Entry> runs) {

    /** The file's name in the site folder. */
    public static final String FILE_NAME = "history.json";
    static final int FORMAT = 1;
    /** A run folder's name: its UTC start, and a counter for runs started in the same second. */
    private static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunHistory {
        runs = runs.stream().sorted(Comparator.comparing(Entry::generated)).toList();
    }

    /**
     * One run.
     *
     * @param id          its folder under {@code runs/}
     * @param generated   when its results were written
     * @param suite       the suite it measured
     * @param discovered  fixtures the suite has
     * @param measured    fixtures it measured
     * @param ok          of those, how many built
     * @param baselineMs  median launcher start-up
     * @param totalInitMs sum of the ok fixtures' init medians
     * @param initMs      each measured fixture's init median, null where it did not build, in plan order
     */
    public record Entry(String id, Instant generated, String suite, int discovered, int measured, int ok,
                        double baselineMs, double totalInitMs, Map<String, Double> initMs) {

        public Entry {
            initMs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(initMs));
        }

        /** The entry for {@code run}, kept under {@code id}. */
        static Entry of(String id, RunResult run) {
            Map<String, Double> inits = new LinkedHashMap<>();
            for (FixtureResult result : run.fixtures()) {
                inits.put(result.fixture().name(), result.ok() && result.timings().initMs() != null
                        ? result.timings().initMs().median() : null);
            }
            double total = inits.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).sum();
            int ok = (int) run.fixtures().stream().filter(FixtureResult::ok).count();
            return new Entry(id, run.generated(), run.settings().suite(), run.suite().fixtures().size(),
                    run.fixtures().size(), ok, run.baseline().startupMs().median(), total, inits);
        }
    }

    /** No runs yet. */
    public static RunHistory empty() {
        return new RunHistory(List.of());
    }

    /**
     * The history in {@code siteFolder}, empty when it has none. A file this tool cannot read throws, naming it and
     * what to do, so a run never overwrites a history it did not understand.
     */
    public static RunHistory read(Path siteFolder) throws IOException {
        Path file = siteFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || root.path("format").asInt() != FORMAT || !root.path("runs").isArray()) {
                throw new IOException("it is not a Fixture Bench history (format " + FORMAT + ")");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode run : root.get("runs")) {
                if (!RUN_ID.matcher(text(run, "id")).matches()) {
                    throw new IOException("a run's id, '" + text(run, "id") + "', is not a run folder's name");
                }
                Map<String, Double> inits = new LinkedHashMap<>();
                run.path("init_ms").fields().forEachRemaining(f -> inits.put(f.getKey(),
                        f.getValue().isNumber() ? f.getValue().asDouble() : null));
                entries.add(new Entry(text(run, "id"), Instant.parse(text(run, "generated")), text(run, "suite"),
                        run.path("discovered").asInt(), run.path("measured").asInt(), run.path("ok").asInt(),
                        run.path("baseline_ms").asDouble(), run.path("total_init_ms").asDouble(), inits));
            }
            return new RunHistory(entries);
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            throw unreadable(file, e.getMessage());
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    private static IOException unreadable(Path file, String why) {
        return new IOException(file + " cannot be read as the site's run history (" + why + "). Move it away to"
                + " start a new history, or give --site another folder.");
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("a run has no '" + field + "'");
        }
        return value.asText();
    }

    /** This history with {@code entry} added, or put in place of the entry with its id. */
    public RunHistory with(Entry entry) {
        List<Entry> kept = new ArrayList<>(runs.stream().filter(e -> !e.id().equals(entry.id())).toList());
        kept.add(entry);
        return new RunHistory(kept);
    }

    /** Whether a run with {@code id} is recorded. */
    public boolean has(String id) {
        return runs.stream().anyMatch(e -> e.id().equals(id));
    }

    /** The runs up to and including {@code id}, oldest first: what a run's own pages show as history. */
    public List<Entry> upTo(String id) {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : runs) {
            result.add(entry);
            if (entry.id().equals(id)) {
                break;
            }
        }
        return result;
    }

    /** The file's content. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        var array = root.putArray("runs");
        for (Entry entry : runs) {
            ObjectNode run = array.addObject();
            run.put("id", entry.id());
            run.put("generated", entry.generated().toString());
            run.put("suite", entry.suite());
            run.put("discovered", entry.discovered());
            run.put("measured", entry.measured());
            run.put("ok", entry.ok());
            run.put("baseline_ms", entry.baselineMs());
            run.put("total_init_ms", entry.totalInitMs());
            ObjectNode inits = run.putObject("init_ms");
            entry.initMs().forEach(inits::put);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
