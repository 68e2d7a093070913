package dev.fixturebench.examples.custom;

import java.util.ArrayList;
import java.util.List;

/** A tiny transformer whose final residual stream is replaced by its sparse autoencoder's reconstruction. */
public final class SaeTransformer implements TinyModel {

    private final TinyTransformer base;
    private final SparseAutoencoder autoencoder;
    private final Matrix unembedding;

    public SaeTransformer(TinyTransformer base, SparseAutoencoder autoencoder) {
        this.base = base;
        this.autoencoder = autoencoder;
        this.unembedding = base.unembedding();
    }

    /** The transformer underneath. */
    public TinyTransformer base() {
        return base;
    }

    /** The spliced-in autoencoder. */
    public SparseAutoencoder autoencoder() {
        return autoencoder;
    }

    @Override
    public int vocabSize() {
        return base.vocabSize();
    }

    @Override
    public long parameterCount() {
        return base.parameterCount() + 2L * autoencoder.features() * base.dModel() + autoencoder.features()
                + base.dModel();
    }

    /** One component per dictionary feature: "F0", "F1", … */
    @Override
    public List<String> components() {
        List<String> names = new ArrayList<>();
        for (int feature = 0; feature < autoencoder.features(); feature++) {
            names.add("F" + feature);
        }
        return names;
    }

    @Override
    public Matrix nextTokenLogits(int[][] prompts, int ablated) {
        Matrix features = featureActivations(prompts);
        if (ablated >= 0) {
            features.zeroColumnsInPlace(ablated, ablated + 1);
        }
        return autoencoder.decode(features).times(unembedding);
    }

    /** The autoencoder's feature activations at each prompt's last position (prompts × features). */
    public Matrix featureActivations(int[][] prompts) {
        return autoencoder.encode(base.finalResidual(prompts, -1));
    }

    /**
     * ∂(logit[answer] − logit[distractor]) / ∂f for feature {@code feature}: its decoder direction read by the
     * difference of the two unembedding columns. Exact, since everything after the features is linear.
     */
    public double logitDiffGradient(int feature, int answer, int distractor) {
        return dot(autoencoder.decoderRow(feature), answer, distractor);
    }

    /** The part of logit[answer] − logit[distractor] written by the decoder bias, which no feature owns. */
    public double decoderBiasLogitDiff(int answer, int distractor) {
        return dot(autoencoder.decoderBias(), answer, distractor);
    }

    /** Centers the autoencoder on the final residuals of {@code prompts}. */
    public void calibrate(int[][] prompts) {
        autoencoder.centerOn(base.finalResidual(prompts, -1));
    }

    private double dot(double[] direction, int answer, int distractor) {
        double sum = 0.0;
        for (int j = 0; j < direction.length; j++) {
            sum += direction[j] * (unembedding.get(j, answer) - unembedding.get(j, distractor));
        }
        return sum;
    }
}
