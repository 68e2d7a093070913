package dev.fixturebench.examples.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A bag-of-embeddings MLP: [mean embedding, last embedding] → ReLU hidden layer → vocabulary logits. */
public final class DenseNet implements TinyModel {

    private final Matrix embedding;
    private final Matrix hiddenWeights;
    private final double[] hiddenBias;
    private final Matrix outputWeights;
    private final double[] outputBias;

    private DenseNet(Matrix embedding, Matrix hiddenWeights, double[] hiddenBias, Matrix outputWeights,
                     double[] outputBias) {
        this.embedding = embedding;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    /** Random weights from {@code seed}, scaled by 1/√fan-in. */
    public static DenseNet random(int vocab, int dModel, int hidden, long seed) {
        Random random = new Random(seed);
        return new DenseNet(
                Matrix.gaussian(vocab, dModel, 1.0, random),
                Matrix.gaussian(2 * dModel, hidden, 1.0 / Math.sqrt(2 * dModel), random),
                Matrix.gaussian(1, hidden, 0.1, random).row(0),
                Matrix.gaussian(hidden, vocab, 1.0 / Math.sqrt(hidden), random),
                new double[vocab]);
    }

    @Override
    public int vocabSize() {
        return embedding.rows();
    }

    @Override
    public long parameterCount() {
        return (long) embedding.rows() * embedding.cols() + (long) hiddenWeights.rows() * hiddenWeights.cols()
                + hiddenBias.length + (long) outputWeights.rows() * outputWeights.cols() + outputBias.length;
    }

    @Override
    public List<String> components() {
        List<String> names = new ArrayList<>();
        for (int unit = 0; unit < hiddenWeights.cols(); unit++) {
            names.add("hidden." + unit);
        }
        return names;
    }

    @Override
    public Matrix nextTokenLogits(int[][] prompts, int ablated) {
        Matrix hidden = features(prompts).times(hiddenWeights).addRowInPlace(hiddenBias).reluInPlace();
        if (ablated >= 0) {
            hidden.zeroColumnsInPlace(ablated, ablated + 1);
        }
        return hidden.times(outputWeights).addRowInPlace(outputBias);
    }

    private Matrix features(int[][] prompts) {
        int width = embedding.cols();
        Matrix features = Matrix.zeros(prompts.length, 2 * width);
        for (int p = 0; p < prompts.length; p++) {
            int[] tokens = prompts[p];
            double[] row = new double[2 * width];
            for (int token : tokens) {
                for (int j = 0; j < width; j++) {
                    row[j] += embedding.get(token, j) / tokens.length;
                }
            }
            for (int j = 0; j < width; j++) {
                row[width + j] = embedding.get(tokens[tokens.length - 1], j);
            }
            features.setRow(p, row);
        }
        return features;
    }
}
