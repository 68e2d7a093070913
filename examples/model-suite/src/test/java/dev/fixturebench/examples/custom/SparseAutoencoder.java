package dev.fixturebench.examples.custom;

import java.util.Random;

/**
 * A sparse autoencoder over residual-stream vectors: f = ReLU((x − b_dec)·W_enc + b_enc), x̂ = f·W_dec + b_dec.
 * Decoder rows are unit feature directions; the encoder starts as their transpose, as SAELens initializes it.
 */
public final class SparseAutoencoder {

    private final Matrix encoder;
    private final double[] encoderBias;
    private final Matrix decoder;
    private double[] decoderBias;

    private SparseAutoencoder(Matrix encoder, double[] encoderBias, Matrix decoder, double[] decoderBias) {
        this.encoder = encoder;
        this.encoderBias = encoderBias;
        this.decoder = decoder;
        this.decoderBias = decoderBias;
    }

    /** {@code features} random unit directions in {@code dModel} dimensions; {@code threshold} keeps codes sparse. */
    public static SparseAutoencoder random(int dModel, int features, double threshold, long seed) {
        Random random = new Random(seed);
        Matrix decoder = Matrix.gaussian(features, dModel, 1.0, random);
        for (int i = 0; i < features; i++) {
            double[] row = decoder.row(i);
            double norm = 0.0;
            for (double v : row) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < row.length; j++) {
                row[j] /= norm;
            }
            decoder.setRow(i, row);
        }
        double[] encoderBias = new double[features];
        java.util.Arrays.fill(encoderBias, -threshold);
        return new SparseAutoencoder(decoder.transposed(), encoderBias, decoder, new double[dModel]);
    }

    /** Number of dictionary features. */
    public int features() {
        return decoder.rows();
    }

    /** Feature activations of each row of {@code activations} (rows × features). */
    public Matrix encode(Matrix activations) {
        Matrix centered = activations.copy();
        double[] negativeBias = decoderBias.clone();
        for (int j = 0; j < negativeBias.length; j++) {
            negativeBias[j] = -negativeBias[j];
        }
        centered.addRowInPlace(negativeBias);
        return centered.times(encoder).addRowInPlace(encoderBias).reluInPlace();
    }

    /** Reconstructions from feature activations (rows × dModel). */
    public Matrix decode(Matrix features) {
        return features.times(decoder).addRowInPlace(decoderBias);
    }

    /** The direction feature {@code feature} writes. */
    public double[] decoderRow(int feature) {
        return decoder.row(feature);
    }

    /** The decoder bias b_dec, which every reconstruction includes. */
    public double[] decoderBias() {
        return decoderBias.clone();
    }

    /** Sets b_dec to the mean of {@code activations}, as SAE training does before its first step. */
    public void centerOn(Matrix activations) {
        decoderBias = activations.columnMeans();
    }
}
