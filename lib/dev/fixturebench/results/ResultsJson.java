package dev.fixturebench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.fixturebench.model.RunResult;

/**
 * The results file's text: a run written as {@value #FILE_NAME} and read back, by the same records, so the two can
 * never spell a field differently. snake_case names, times in ms, memory in MiB, indented, one newline at the end.
 */
public final class ResultsJson {

    public static final String FILE_NAME = "fixture_benchmark_results.json";

    /**
     * The results file's format: 2 added {@code format}, {@code started}, the settings' fork options, class-path
     * fingerprint, selection and shard, and the whole {@code catalog}; files without {@code format} are format 1.
     */
    public static final int FORMAT = 2;

    /**
     * The file's JSON style: fields in the records' component order, nulls written, unknown fields passed over. The
     * model's records whose components are the file's fields ({@code Stats}, {@code Baseline}, …) go in as they are.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultsJson() {
    }

    /** {@code run} as the text of a results file of the current format. */
    public static String write(RunResult run) {
        return encode(ResultsDocument.of(run, FORMAT));
    }

    /** {@code comparison} alone, as the results file's {@code comparison} section, as the compare command prints it. */
    public static String writeComparison(dev.fixturebench.model.Comparison comparison) {
        return encode(ComparisonSection.of(comparison));
    }

    /**
     * The run a results file's parsed JSON holds, of any format up to {@link #FORMAT}. A part the file lacks, or a
     * value that is not ours, fails with an {@link IllegalArgumentException} saying which.
     */
    static RunResult read(JsonNode root) {
        try {
            return MAPPER.treeToValue(root, ResultsDocument.class).run();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** The text of a JSON document of the results' records ({@code list --format=json} too), in the file's style. */
    public static String encode(Object document) {
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a results document could not be written", e);
        }
    }

    /** {@code text} parsed as JSON, for {@link ResultsFile}'s checks before it is read as a run. */
    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
