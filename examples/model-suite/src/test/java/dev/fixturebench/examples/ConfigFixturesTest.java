package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.Architecture;
import dev.fixturebench.examples.config.ConfigTable;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.config.ModelKind;

/** The config-only fixtures: each hands out its table row and nothing more. */
@ExtendWith(FixtureExtension.class)
class ConfigFixturesTest {

    @Test
    void customConfigsDescribeTinyModels(@Use("get_it_session_cfg__core_cust") ModelConfig core,
                                         @Use("get_it_session_cfg__tl_cust") ModelConfig transformer,
                                         @Use("get_it_session_cfg__sl_cust") ModelConfig sae) {
        for (ModelConfig config : List.of(core, transformer, sae)) {
            assertSame(ConfigTable.get(config.key()), config);
            assertEquals(ModelKind.CUSTOM, config.kind());
            assertTrue(config.artifact().isEmpty(), "custom models are built in code");
            assertTrue(config.sizes().dModel() > 0 && config.sizes().hidden() > 0);
        }
        assertEquals(Architecture.DENSE_NET, core.architecture());
        assertEquals(List.of(Analysis.LOGIT_DIFFS, Analysis.ATTR_ABLATION), core.analyses());
        assertEquals(0, transformer.sizes().dModel() % transformer.sizes().heads());
        assertEquals(List.of(Analysis.ATTR_GRAD), sae.analyses());
        assertTrue(sae.sizes().hidden() > sae.sizes().dModel(), "an SAE dictionary is overcomplete");
    }

    @Test
    void realConfigsNameTheirArtifacts(@Use("get_it_session_cfg__gpt2") ModelConfig gpt2,
                                       @Use("get_it_session_cfg__onlp_sent_en") ModelConfig sentences,
                                       @Use("get_it_session_cfg__onlp_tok_en") ModelConfig tokens,
                                       @Use("get_it_session_cfg__onlp_pos_en") ModelConfig tags) {
        for (ModelConfig config : List.of(gpt2, sentences, tokens, tags)) {
            assertSame(ConfigTable.get(config.key()), config);
            assertEquals(ModelKind.REAL, config.kind());
        }
        assertEquals("r50k_base", gpt2.artifact());
        for (ModelConfig config : List.of(sentences, tokens, tags)) {
            assertTrue(config.artifact().endsWith(".bin"), config.artifact());
            assertTrue(getClass().getResource(config.artifact()) != null, config.artifact() + " is on the class path");
        }
        assertEquals(List.of(Analysis.TAG_DIST), tags.analyses());
    }
}
