package dev.fixturebench.examples.config;

/** What a configuration builds: a tiny model written here, or a wrapper around a pretrained artifact. */
public enum Architecture {
    /** Bag-of-embeddings MLP over a tiny vocabulary. */
    DENSE_NET,
    /** Embeddings, causal multi-head attention and MLP blocks, unembedding. */
    TINY_TRANSFORMER,
    /** A tiny transformer with a sparse autoencoder spliced into its final residual stream. */
    SAE_TRANSFORMER,
    /** GPT-2's byte-pair encoding (r50k_base ranks). */
    GPT2_BPE,
    /** OpenNLP maximum-entropy sentence detector. */
    OPENNLP_SENTENCE,
    /** OpenNLP maximum-entropy tokenizer. */
    OPENNLP_TOKENIZER,
    /** OpenNLP perceptron part-of-speech tagger. */
    OPENNLP_POS
}
