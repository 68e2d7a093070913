package dev.fixturebench.examples.real;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.experiment.AnalysisResult;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/** OpenNLP's English maximum-entropy tokenizer (UD English Web Treebank); setup tokenizes the corpus. */
public final class TokenizerModule extends OpenNlpModule {

    private final TokenizerModel model;

    /** Init: reads the pretrained model. */
    public TokenizerModule(ModelConfig config, Corpus corpus) {
        super(config, corpus);
        this.model = load(config, TokenizerModel::new);
    }

    /** Tokenizes {@code text} with a fresh tokenizer (tokenizers are not thread-safe). */
    public String[] tokenize(String text) {
        return new TokenizerME(model).tokenize(text);
    }

    @Override
    protected Map<String, Double> runOnCorpus() {
        TokenizerME tokenizer = new TokenizerME(model);
        long tokens = 0;
        long splitWords = 0;
        for (String line : corpus().firstLines(config().sizes().batch())) {
            String[] lineTokens = tokenizer.tokenize(line);
            tokens += lineTokens.length;
            splitWords += lineTokens.length - line.split("\\s+").length;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("tokens", (double) tokens);
        metrics.put("tokens_beyond_whitespace", (double) splitWords);
        return metrics;
    }

    @Override
    public AnalysisResult analyze(Analysis analysis) {
        throw new IllegalArgumentException(analysis.id() + " is not configured for '" + config().key() + "'");
    }
}
