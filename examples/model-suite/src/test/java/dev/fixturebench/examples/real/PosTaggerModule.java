package dev.fixturebench.examples.real;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.experiment.AnalysisResult;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;

/** OpenNLP's English part-of-speech tagger with Universal Dependencies tags; setup tags the corpus. */
public final class PosTaggerModule extends OpenNlpModule {

    private final POSModel model;
    private List<String[]> taggedLines;

    /** Init: reads the pretrained model. */
    public PosTaggerModule(ModelConfig config, Corpus corpus) {
        super(config, corpus);
        this.model = load(config, POSModel::new);
    }

    /** Universal Dependencies tags of {@code tokens}, from a fresh tagger (taggers are not thread-safe). */
    public String[] tag(String... tokens) {
        return new POSTaggerME(model, POSTagFormat.UD).tag(tokens);
    }

    @Override
    protected synchronized Map<String, Double> runOnCorpus() {
        taggedLines = tagCorpus();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("tagged_tokens", (double) taggedLines.stream().mapToInt(tags -> tags.length).sum());
        metrics.put("distinct_tags", (double) taggedLines.stream().flatMap(Arrays::stream).distinct().count());
        return metrics;
    }

    /** TAG_DIST: the share of each tag among all tagged tokens; the summary is the number of distinct tags. */
    @Override
    public AnalysisResult analyze(Analysis analysis) {
        if (analysis != Analysis.TAG_DIST) {
            throw new IllegalArgumentException(analysis.id() + " does not apply to a tagger");
        }
        List<String[]> lines;
        boolean onSetupData;
        synchronized (this) {
            onSetupData = taggedLines != null;
            lines = onSetupData ? taggedLines : tagCorpus();
        }
        Map<String, Double> counts = new TreeMap<>();
        long total = 0;
        for (String[] tags : lines) {
            for (String tag : tags) {
                counts.merge(tag, 1.0, Double::sum);
                total++;
            }
        }
        long tokens = total;
        counts.replaceAll((tag, count) -> count / tokens);
        return new AnalysisResult(config().key(), analysis, onSetupData, lines.size(), counts.size(), counts);
    }

    private List<String[]> tagCorpus() {
        POSTaggerME tagger = new POSTaggerME(model, POSTagFormat.UD);
        List<String[]> tagged = new ArrayList<>();
        for (String line : corpus().firstLines(config().sizes().batch())) {
            tagged.add(tagger.tag(SimpleTokenizer.INSTANCE.tokenize(line)));
        }
        return List.copyOf(tagged);
    }
}
