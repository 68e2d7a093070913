package dev.fixturebench.examples.config;

import java.util.List;
import java.util.Objects;

/**
 * One row of the configuration table: what to build for a key, how big, from which seed, and which analyses to run.
 * {@code artifact} names the class path resource or encoding of a real model; it is empty for custom models.
 */
public record ModelConfig(String key, ModelKind kind, Architecture architecture, Sizes sizes, long seed,
                          String artifact, List<Analysis> analyses) {

    public ModelConfig {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(sizes, "sizes");
        artifact = artifact == null ? "" : artifact;
        analyses = List.copyOf(analyses);
        if (kind == ModelKind.REAL && artifact.isEmpty()) {
            throw new IllegalArgumentException("real model '" + key + "' needs an artifact");
        }
    }

    /**
     * Model and batch dimensions: residual width, MLP width (or SAE features), blocks, heads per block, and the
     * prompts (custom) or corpus lines (real) that setup processes.
     */
    public record Sizes(int dModel, int hidden, int layers, int heads, int batch) {

        public Sizes {
            if (dModel < 0 || hidden < 0 || layers < 0 || heads < 0 || batch <= 0) {
                throw new IllegalArgumentException("sizes must not be negative and batch must be positive");
            }
            if (heads > 0 && dModel % heads != 0) {
                throw new IllegalArgumentException("dModel " + dModel + " is not divisible by " + heads + " heads");
            }
        }

        /** Sizes of a real model, where only the batch is ours to choose. */
        public static Sizes batchOnly(int batch) {
            return new Sizes(0, 0, 0, 0, batch);
        }
    }
}
