package dev.fixturebench.examples.config;

/** An analysis the configuration table can ask for; its id is the suffix in generated fixture names. */
public enum Analysis {
    /** Logit of the right answer minus that of the distractor, per prompt. */
    LOGIT_DIFFS("logit_diffs"),
    /** Change in mean logit difference when one component is zero-ablated. */
    ATTR_ABLATION("attr_ablation"),
    /** Activation times gradient of the logit difference, per sparse-autoencoder feature. */
    ATTR_GRAD("attr_grad"),
    /** UTF-8 bytes per byte-pair-encoding token, per corpus line. */
    BPE_COMPRESSION("bpe_compression"),
    /** Share of each part-of-speech tag over the corpus. */
    TAG_DIST("tag_dist");

    private final String id;

    Analysis(String id) {
        this.id = id;
    }

    /** The name used in fixture names, such as {@code logit_diffs}. */
    public String id() {
        return id;
    }
}
