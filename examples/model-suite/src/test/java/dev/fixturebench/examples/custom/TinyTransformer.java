package dev.fixturebench.examples.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny decoder-only transformer: token and position embeddings, blocks of causal multi-head attention and
 * ReLU MLP writing into the residual stream, and an unembedding. No layer norm, to keep it linear enough to read.
 */
public final class TinyTransformer implements TinyModel {

    private static final int MAX_CONTEXT = 32;

    private final Matrix tokenEmbedding;
    private final Matrix positionEmbedding;
    private final List<Block> blocks;
    private final Matrix unembedding;
    private final int heads;

    private TinyTransformer(Matrix tokenEmbedding, Matrix positionEmbedding, List<Block> blocks, Matrix unembedding,
                            int heads) {
        this.tokenEmbedding = tokenEmbedding;
        this.positionEmbedding = positionEmbedding;
        this.blocks = List.copyOf(blocks);
        this.unembedding = unembedding;
        this.heads = heads;
    }

    /** Random weights from {@code seed}; writes into the residual stream are scaled down by the depth. */
    public static TinyTransformer random(int vocab, int dModel, int mlpWidth, int layers, int heads, long seed) {
        Random random = new Random(seed);
        double inScale = 1.0 / Math.sqrt(dModel);
        double writeScale = 1.0 / Math.sqrt(2.0 * layers);
        Matrix tokens = Matrix.gaussian(vocab, dModel, 1.0, random);
        Matrix positions = Matrix.gaussian(MAX_CONTEXT, dModel, 0.5, random);
        List<Block> blocks = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            blocks.add(new Block(
                    Matrix.gaussian(dModel, dModel, inScale, random),
                    Matrix.gaussian(dModel, dModel, inScale, random),
                    Matrix.gaussian(dModel, dModel, inScale, random),
                    Matrix.gaussian(dModel, dModel, inScale * writeScale, random),
                    Matrix.gaussian(dModel, mlpWidth, inScale, random),
                    Matrix.gaussian(mlpWidth, dModel, writeScale / Math.sqrt(mlpWidth), random)));
        }
        return new TinyTransformer(tokens, positions, blocks, Matrix.gaussian(dModel, vocab, inScale, random), heads);
    }

    @Override
    public int vocabSize() {
        return tokenEmbedding.rows();
    }

    /** Width of the residual stream. */
    public int dModel() {
        return tokenEmbedding.cols();
    }

    @Override
    public long parameterCount() {
        long count = size(tokenEmbedding) + size(positionEmbedding) + size(unembedding);
        for (Block block : blocks) {
            count += size(block.query) + size(block.key) + size(block.value) + size(block.output)
                    + size(block.mlpIn) + size(block.mlpOut);
        }
        return count;
    }

    /** Attention heads first ("L0H0", "L0H1", …), then one MLP per layer ("L0.mlp", …). */
    @Override
    public List<String> components() {
        List<String> names = new ArrayList<>();
        for (int layer = 0; layer < blocks.size(); layer++) {
            for (int head = 0; head < heads; head++) {
                names.add("L" + layer + "H" + head);
            }
        }
        for (int layer = 0; layer < blocks.size(); layer++) {
            names.add("L" + layer + ".mlp");
        }
        return names;
    }

    @Override
    public Matrix nextTokenLogits(int[][] prompts, int ablated) {
        return finalResidual(prompts, ablated).times(unembedding);
    }

    /** The residual stream after the last block at each prompt's last position (prompts × dModel). */
    public Matrix finalResidual(int[][] prompts, int ablated) {
        Matrix residuals = Matrix.zeros(prompts.length, dModel());
        for (int p = 0; p < prompts.length; p++) {
            Matrix stream = run(prompts[p], ablated);
            residuals.setRow(p, stream.row(stream.rows() - 1));
        }
        return residuals;
    }

    /** The unembedding (dModel × vocabulary); a copy. */
    public Matrix unembedding() {
        return unembedding.copy();
    }

    private Matrix run(int[] tokens, int ablated) {
        if (tokens.length > MAX_CONTEXT) {
            throw new IllegalArgumentException(tokens.length + " tokens exceed the context of " + MAX_CONTEXT);
        }
        Matrix stream = Matrix.zeros(tokens.length, dModel());
        for (int t = 0; t < tokens.length; t++) {
            double[] row = tokenEmbedding.row(tokens[t]);
            double[] position = positionEmbedding.row(t);
            for (int j = 0; j < row.length; j++) {
                row[j] += position[j];
            }
            stream.setRow(t, row);
        }
        int headCount = blocks.size() * heads;
        for (int layer = 0; layer < blocks.size(); layer++) {
            Block block = blocks.get(layer);
            int ablatedHead = ablated >= layer * heads && ablated < (layer + 1) * heads ? ablated - layer * heads : -1;
            stream.addInPlace(attention(block, stream, ablatedHead));
            if (ablated != headCount + layer) {
                stream.addInPlace(stream.times(block.mlpIn).reluInPlace().times(block.mlpOut));
            }
        }
        return stream;
    }

    private Matrix attention(Block block, Matrix stream, int ablatedHead) {
        Matrix queries = stream.times(block.query);
        Matrix keys = stream.times(block.key);
        Matrix values = stream.times(block.value);
        int headWidth = dModel() / heads;
        Matrix mixed = Matrix.zeros(stream.rows(), dModel());
        for (int head = 0; head < heads; head++) {
            if (head == ablatedHead) {
                continue;
            }
            int from = head * headWidth;
            int to = from + headWidth;
            Matrix scores = queries.columns(from, to).timesTransposed(keys.columns(from, to))
                    .scaleInPlace(1.0 / Math.sqrt(headWidth));
            causalSoftmaxInPlace(scores);
            mixed.setColumns(from, scores.times(values.columns(from, to)));
        }
        return mixed.times(block.output);
    }

    private static void causalSoftmaxInPlace(Matrix scores) {
        for (int i = 0; i < scores.rows(); i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j <= i; j++) {
                max = Math.max(max, scores.get(i, j));
            }
            double sum = 0.0;
            for (int j = 0; j < scores.cols(); j++) {
                double weight = j <= i ? Math.exp(scores.get(i, j) - max) : 0.0;
                scores.set(i, j, weight);
                sum += weight;
            }
            for (int j = 0; j <= i; j++) {
                scores.set(i, j, scores.get(i, j) / sum);
            }
        }
    }

    private static long size(Matrix matrix) {
        return (long) matrix.rows() * matrix.cols();
    }

    private record Block(Matrix query, Matrix key, Matrix value, Matrix output, Matrix mlpIn, Matrix mlpOut) {
    }
}
