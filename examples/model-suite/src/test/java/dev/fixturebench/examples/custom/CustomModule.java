package dev.fixturebench.examples.custom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.config.ModelKind;
import dev.fixturebench.examples.experiment.AnalysisResult;
import dev.fixturebench.examples.experiment.ExperimentModule;
import dev.fixturebench.examples.experiment.SetupReport;

/** A custom tiny model with its tokenizer and indirect-object prompts; setup runs it over a batch of them. */
public final class CustomModule implements ExperimentModule {

    private static final double SAE_THRESHOLD = 0.25;

    private final ModelConfig config;
    private final TinyTokenizer tokenizer;
    private final TinyModel model;
    private PromptBatch batch;
    private Matrix logits;
    private SetupReport report;

    /** Init: the tokenizer and the seeded random weights of the config's architecture. */
    public CustomModule(ModelConfig config) {
        if (config.kind() != ModelKind.CUSTOM) {
            throw new IllegalArgumentException("'" + config.key() + "' is not a custom model");
        }
        this.config = config;
        this.tokenizer = TinyTokenizer.indirectObjectVocabulary();
        this.model = build(config, tokenizer.size());
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    /** The tokenizer of the prompts. */
    public TinyTokenizer tokenizer() {
        return tokenizer;
    }

    /** The model itself. */
    public TinyModel model() {
        return model;
    }

    /** The setup's prompts, empty before setup. */
    public synchronized Optional<PromptBatch> batch() {
        return Optional.ofNullable(batch);
    }

    /** The prompts {@link #setUp()} uses: drawn from the config's seed, so every instance gets the same ones. */
    public PromptBatch freshBatch() {
        return PromptBatch.indirectObject(tokenizer, config.sizes().batch(), config.seed() + 1);
    }

    /** Draws the prompt batch, centers an SAE on it, and runs the forward pass. */
    @Override
    public synchronized SetupReport setUp() {
        if (report != null) {
            return report;
        }
        PromptBatch prompts = freshBatch();
        if (model instanceof SaeTransformer) {
            ((SaeTransformer) model).calibrate(prompts.tokens());
        }
        Matrix output = model.nextTokenLogits(prompts.tokens(), -1);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("mean_logit_diff", meanLogitDiff(output, prompts));
        metrics.put("answer_loss", answerLoss(output, prompts));
        metrics.put("parameters", (double) model.parameterCount());
        if (model instanceof SaeTransformer) {
            Matrix features = ((SaeTransformer) model).featureActivations(prompts.tokens());
            metrics.put("sae_l0", activeFeaturesPerPrompt(features));
        }
        batch = prompts;
        logits = output;
        report = new SetupReport(config.key(), prompts.size(), metrics);
        return report;
    }

    @Override
    public synchronized Optional<SetupReport> setupReport() {
        return Optional.ofNullable(report);
    }

    @Override
    public AnalysisResult analyze(Analysis analysis) {
        if (!config.analyses().contains(analysis)) {
            throw new IllegalArgumentException("'" + config.key() + "' is not configured for " + analysis.id());
        }
        PromptBatch prompts;
        Matrix clean;
        boolean onSetupData;
        synchronized (this) {
            onSetupData = batch != null;
            prompts = onSetupData ? batch : freshBatch();
            clean = onSetupData ? logits : model.nextTokenLogits(prompts.tokens(), -1);
        }
        switch (analysis) {
            case LOGIT_DIFFS:
                return logitDiffs(prompts, clean, onSetupData);
            case ATTR_ABLATION:
                return ablationAttribution(prompts, clean, onSetupData);
            case ATTR_GRAD:
                return gradientAttribution(prompts, clean, onSetupData);
            default:
                throw new IllegalArgumentException(analysis.id() + " does not apply to a custom model");
        }
    }

    private AnalysisResult logitDiffs(PromptBatch prompts, Matrix clean, boolean onSetupData) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int p = 0; p < prompts.size(); p++) {
            scores.put("prompt." + p, logitDiff(clean, prompts, p));
        }
        return new AnalysisResult(config.key(), Analysis.LOGIT_DIFFS, onSetupData, prompts.size(),
                meanLogitDiff(clean, prompts), scores);
    }

    private AnalysisResult ablationAttribution(PromptBatch prompts, Matrix clean, boolean onSetupData) {
        double baseline = meanLogitDiff(clean, prompts);
        List<String> components = model.components();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int c = 0; c < components.size(); c++) {
            Matrix ablated = model.nextTokenLogits(prompts.tokens(), c);
            scores.put(components.get(c), baseline - meanLogitDiff(ablated, prompts));
        }
        return new AnalysisResult(config.key(), Analysis.ATTR_ABLATION, onSetupData, prompts.size(), baseline,
                scores);
    }

    private AnalysisResult gradientAttribution(PromptBatch prompts, Matrix clean, boolean onSetupData) {
        if (!(model instanceof SaeTransformer)) {
            throw new IllegalArgumentException(Analysis.ATTR_GRAD.id() + " needs a sparse autoencoder");
        }
        SaeTransformer sae = (SaeTransformer) model;
        Matrix features = sae.featureActivations(prompts.tokens());
        List<String> names = sae.components();
        double[] attributions = new double[names.size()];
        for (int p = 0; p < prompts.size(); p++) {
            for (int f = 0; f < attributions.length; f++) {
                double activation = features.get(p, f);
                if (activation != 0.0) {
                    attributions[f] += activation
                            * sae.logitDiffGradient(f, prompts.answers()[p], prompts.distractors()[p]) / prompts.size();
                }
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int f = 0; f < attributions.length; f++) {
            scores.put(names.get(f), attributions[f]);
        }
        return new AnalysisResult(config.key(), Analysis.ATTR_GRAD, onSetupData, prompts.size(),
                meanLogitDiff(clean, prompts), scores);
    }

    private static TinyModel build(ModelConfig config, int vocab) {
        ModelConfig.Sizes sizes = config.sizes();
        switch (config.architecture()) {
            case DENSE_NET:
                return DenseNet.random(vocab, sizes.dModel(), sizes.hidden(), config.seed());
            case TINY_TRANSFORMER:
                return TinyTransformer.random(vocab, sizes.dModel(), 4 * sizes.dModel(), sizes.layers(),
                        sizes.heads(), config.seed());
            case SAE_TRANSFORMER:
                TinyTransformer base = TinyTransformer.random(vocab, sizes.dModel(), 4 * sizes.dModel(),
                        sizes.layers(), sizes.heads(), config.seed());
                return new SaeTransformer(base, SparseAutoencoder.random(sizes.dModel(), sizes.hidden(),
                        SAE_THRESHOLD, config.seed() + 7));
            default:
                throw new IllegalArgumentException(config.architecture() + " is not a custom architecture");
        }
    }

    private static double logitDiff(Matrix logits, PromptBatch prompts, int p) {
        return logits.get(p, prompts.answers()[p]) - logits.get(p, prompts.distractors()[p]);
    }

    private static double meanLogitDiff(Matrix logits, PromptBatch prompts) {
        double sum = 0.0;
        for (int p = 0; p < prompts.size(); p++) {
            sum += logitDiff(logits, prompts, p);
        }
        return sum / prompts.size();
    }

    /** Mean cross-entropy of the right answer under the softmax of the logits, in nats. */
    private static double answerLoss(Matrix logits, PromptBatch prompts) {
        double loss = 0.0;
        for (int p = 0; p < prompts.size(); p++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < logits.cols(); v++) {
                max = Math.max(max, logits.get(p, v));
            }
            double sum = 0.0;
            for (int v = 0; v < logits.cols(); v++) {
                sum += Math.exp(logits.get(p, v) - max);
            }
            loss += Math.log(sum) + max - logits.get(p, prompts.answers()[p]);
        }
        return loss / prompts.size();
    }

    private static double activeFeaturesPerPrompt(Matrix features) {
        long active = 0;
        for (int p = 0; p < features.rows(); p++) {
            for (int f = 0; f < features.cols(); f++) {
                if (features.get(p, f) > 0.0) {
                    active++;
                }
            }
        }
        return (double) active / features.rows();
    }
}
