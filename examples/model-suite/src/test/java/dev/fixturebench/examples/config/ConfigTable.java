package dev.fixturebench.examples.config;

import static dev.fixturebench.examples.config.Analysis.ATTR_ABLATION;
import static dev.fixturebench.examples.config.Analysis.ATTR_GRAD;
import static dev.fixturebench.examples.config.Analysis.BPE_COMPRESSION;
import static dev.fixturebench.examples.config.Analysis.LOGIT_DIFFS;
import static dev.fixturebench.examples.config.Analysis.TAG_DIST;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.examples.config.ModelConfig.Sizes;

/** The suite's configuration table: every model key, what it builds and which analyses it runs. */
public final class ConfigTable {

    /** The OpenNLP English sentence detector inside {@code opennlp-models-sentdetect-en}. */
    public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** The OpenNLP English tokenizer inside {@code opennlp-models-tokenizer-en}. */
    public static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /** The OpenNLP English part-of-speech tagger inside {@code opennlp-models-pos-en}. */
    public static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final Map<String, ModelConfig> ROWS = table(
            custom("core_cust", Architecture.DENSE_NET, new Sizes(32, 128, 1, 0, 64), 1_001L,
                    LOGIT_DIFFS, ATTR_ABLATION),
            custom("tl_cust", Architecture.TINY_TRANSFORMER, new Sizes(48, 192, 2, 4, 32), 2_002L,
                    LOGIT_DIFFS, ATTR_ABLATION),
            custom("sl_cust", Architecture.SAE_TRANSFORMER, new Sizes(48, 384, 2, 4, 32), 3_003L,
                    ATTR_GRAD),
            real("gpt2", Architecture.GPT2_BPE, "r50k_base", 400, BPE_COMPRESSION),
            real("onlp_sent_en", Architecture.OPENNLP_SENTENCE, SENTENCE_MODEL, 400),
            real("onlp_tok_en", Architecture.OPENNLP_TOKENIZER, TOKENIZER_MODEL, 400),
            real("onlp_pos_en", Architecture.OPENNLP_POS, POS_MODEL, 400, TAG_DIST));

    private ConfigTable() {
    }

    /** Every row, in table order. */
    public static List<ModelConfig> rows() {
        return List.copyOf(ROWS.values());
    }

    /** The row of {@code key}; fails naming the known keys when there is none. */
    public static ModelConfig get(String key) {
        ModelConfig config = ROWS.get(key);
        if (config == null) {
            throw new IllegalArgumentException("no configuration '" + key + "'; known: " + ROWS.keySet());
        }
        return config;
    }

    private static ModelConfig custom(String key, Architecture architecture, Sizes sizes, long seed,
                                      Analysis... analyses) {
        return new ModelConfig(key, ModelKind.CUSTOM, architecture, sizes, seed, "", List.of(analyses));
    }

    private static ModelConfig real(String key, Architecture architecture, String artifact, int lines,
                                    Analysis... analyses) {
        return new ModelConfig(key, ModelKind.REAL, architecture, Sizes.batchOnly(lines), 0L, artifact,
                List.of(analyses));
    }

    private static Map<String, ModelConfig> table(ModelConfig... rows) {
        Map<String, ModelConfig> byKey = new LinkedHashMap<>();
        for (ModelConfig row : rows) {
            if (byKey.putIfAbsent(row.key(), row) != null) {
                throw new IllegalStateException("configuration key '" + row.key() + "' appears twice");
            }
        }
        return byKey;
    }
}
