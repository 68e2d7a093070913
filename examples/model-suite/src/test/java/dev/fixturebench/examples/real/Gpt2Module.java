package dev.fixturebench.examples.real;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;

import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.experiment.AnalysisResult;
import dev.fixturebench.examples.experiment.ExperimentModule;
import dev.fixturebench.examples.experiment.SetupReport;

/** GPT-2's tokenizer: init loads the byte-pair encoding ranks shipped in jtokkit, setup encodes the corpus. */
public final class Gpt2Module implements ExperimentModule {

    private final ModelConfig config;
    private final Corpus corpus;
    private final Encoding encoding;
    private List<int[]> encodedLines;
    private SetupReport report;

    /** Init: loads the encoding named by the config's artifact, such as {@code r50k_base}. */
    public Gpt2Module(ModelConfig config, Corpus corpus) {
        this.config = config;
        this.corpus = corpus;
        EncodingType type = EncodingType.fromName(config.artifact()).orElseThrow(() ->
                new IllegalArgumentException("no byte-pair encoding named '" + config.artifact() + "'"));
        this.encoding = Encodings.newLazyEncodingRegistry().getEncoding(type);
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    /** The encoding itself. */
    public Encoding encoding() {
        return encoding;
    }

    /** Token ids of each corpus line setup encoded; empty before setup. */
    public synchronized List<int[]> encodedLines() {
        return encodedLines == null ? List.of() : encodedLines;
    }

    /** Encodes the first {@code batch} corpus lines, without special tokens. */
    @Override
    public synchronized SetupReport setUp() {
        if (report != null) {
            return report;
        }
        List<String> lines = corpus.firstLines(config.sizes().batch());
        List<int[]> encoded = encode(lines);
        long tokens = encoded.stream().mapToLong(ids -> ids.length).sum();
        long bytes = lines.stream().mapToLong(line -> line.getBytes(StandardCharsets.UTF_8).length).sum();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("tokens", (double) tokens);
        metrics.put("bytes_per_token", (double) bytes / tokens);
        encodedLines = List.copyOf(encoded);
        report = new SetupReport(config.key(), lines.size(), metrics);
        return report;
    }

    @Override
    public synchronized Optional<SetupReport> setupReport() {
        return Optional.ofNullable(report);
    }

    /** BPE_COMPRESSION: UTF-8 bytes per token of each line; the summary is the corpus-wide ratio. */
    @Override
    public AnalysisResult analyze(Analysis analysis) {
        if (analysis != Analysis.BPE_COMPRESSION) {
            throw new IllegalArgumentException(analysis.id() + " does not apply to a tokenizer");
        }
        List<String> lines = corpus.firstLines(config.sizes().batch());
        List<int[]> encoded;
        boolean onSetupData;
        synchronized (this) {
            onSetupData = encodedLines != null;
            encoded = onSetupData ? encodedLines : encode(lines);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        long bytes = 0;
        long tokens = 0;
        for (int i = 0; i < lines.size(); i++) {
            int lineBytes = lines.get(i).getBytes(StandardCharsets.UTF_8).length;
            scores.put("line." + i, (double) lineBytes / encoded.get(i).length);
            bytes += lineBytes;
            tokens += encoded.get(i).length;
        }
        return new AnalysisResult(config.key(), analysis, onSetupData, lines.size(), (double) bytes / tokens, scores);
    }

    /** Decodes token ids back to text. */
    public String decode(int[] ids) {
        IntArrayList list = new IntArrayList(ids.length);
        for (int id : ids) {
            list.add(id);
        }
        return encoding.decode(list);
    }

    private List<int[]> encode(List<String> lines) {
        List<int[]> encoded = new ArrayList<>(lines.size());
        for (String line : lines) {
            encoded.add(encoding.encodeOrdinary(line).toArray());
        }
        return encoded;
    }
}
