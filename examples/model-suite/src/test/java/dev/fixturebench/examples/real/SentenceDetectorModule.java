package dev.fixturebench.examples.real;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.experiment.AnalysisResult;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/** OpenNLP's English sentence detector (UD English Web Treebank); setup splits the corpus into sentences. */
public final class SentenceDetectorModule extends OpenNlpModule {

    private final SentenceModel model;
    private List<String> sentences;

    /** Init: reads the pretrained model. */
    public SentenceDetectorModule(ModelConfig config, Corpus corpus) {
        super(config, corpus);
        this.model = load(config, SentenceModel::new);
    }

    /** Splits {@code text} into sentences with a fresh detector (detectors are not thread-safe). */
    public String[] sentences(String text) {
        return new SentenceDetectorME(model).sentDetect(text);
    }

    /** The language the model was trained for. */
    public String language() {
        return model.getLanguage();
    }

    /** The sentences setup found; empty before setup. */
    public synchronized List<String> detectedSentences() {
        return sentences == null ? List.of() : sentences;
    }

    @Override
    protected synchronized Map<String, Double> runOnCorpus() {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<String> found = new ArrayList<>();
        for (String line : corpus().firstLines(config().sizes().batch())) {
            found.addAll(Arrays.asList(detector.sentDetect(line)));
        }
        sentences = List.copyOf(found);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("sentences", (double) found.size());
        metrics.put("mean_sentence_chars", found.stream().mapToInt(String::length).average().orElse(0.0));
        return metrics;
    }

    @Override
    public AnalysisResult analyze(Analysis analysis) {
        throw new IllegalArgumentException(analysis.id() + " is not configured for '" + config().key() + "'");
    }
}
