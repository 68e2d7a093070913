package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.custom.CustomModule;
import dev.fixturebench.examples.custom.Matrix;
import dev.fixturebench.examples.custom.PromptBatch;
import dev.fixturebench.examples.custom.SaeTransformer;
import dev.fixturebench.examples.custom.TinyTransformer;
import dev.fixturebench.examples.experiment.SetupReport;

/** Session-scoped custom models: init-only ones are untouched, set-up ones ran their batch; seeds make both repeatable. */
@ExtendWith(FixtureExtension.class)
class CustomModelSessionTest {

    @Test
    void denseNetInitOnlyIsSeededAndNotSetUp(@Use("get_it_session__core_cust__initonly") CustomModule module,
                                             @Use("get_it_session_cfg__core_cust") ModelConfig config) {
        assertSame(config, module.config());
        assertFalse(module.isSetUp());
        assertTrue(module.batch().isEmpty());
        assertEquals(module.tokenizer().size(), module.model().vocabSize());
        assertEquals(config.sizes().hidden(), module.model().components().size());
        assertSameOutputs(module, new CustomModule(config));
    }

    @Test
    void denseNetSetupRanItsBatch(@Use("get_it_session__core_cust__setup") CustomModule module,
                                  @Use("get_it_session__core_cust__initonly") CustomModule initOnly) {
        assertNotSame(initOnly, module);
        SetupReport report = module.setupReport().orElseThrow();
        assertEquals(module.config().sizes().batch(), report.examples());
        assertEquals(module.model().parameterCount(), (long) report.metric("parameters"));
        assertTrue(report.metric("answer_loss") > 0.0, "cross-entropy is positive");
        assertTrue(Double.isFinite(report.metric("mean_logit_diff")));
        assertSame(report, module.setUp(), "setup runs once");
        PromptBatch batch = module.batch().orElseThrow();
        assertArrayEquals(initOnly.freshBatch().tokens(), batch.tokens(), "same seed, same prompts");
        assertEquals("<bos> when", module.tokenizer().decode(batch.tokens()[0]).substring(0, 10));
    }

    @Test
    void transformerInitOnlyHasHeadsAndMlps(@Use("get_it_session__tl_cust__initonly") CustomModule module) {
        ModelConfig.Sizes sizes = module.config().sizes();
        assertFalse(module.isSetUp());
        assertTrue(module.model() instanceof TinyTransformer);
        assertEquals(sizes.layers() * sizes.heads() + sizes.layers(), module.model().components().size());
        assertEquals("L0H0", module.model().components().get(0));
        assertSameOutputs(module, new CustomModule(module.config()));
    }

    @Test
    void transformerSetupAgreesWithInitOnlyWeights(@Use("get_it_session__tl_cust__setup") CustomModule module,
                                                   @Use("get_it_session__tl_cust__initonly") CustomModule initOnly) {
        assertTrue(module.isSetUp());
        PromptBatch batch = module.batch().orElseThrow();
        Matrix fromSetup = module.model().nextTokenLogits(batch.tokens(), -1);
        Matrix fromInit = initOnly.model().nextTokenLogits(batch.tokens(), -1);
        for (int p = 0; p < batch.size(); p++) {
            assertArrayEquals(fromInit.row(p), fromSetup.row(p), "setup does not change transformer weights");
        }
    }

    @Test
    void saeInitOnlyIsUncentered(@Use("get_it_session__sl_cust__initonly") CustomModule module) {
        SaeTransformer model = (SaeTransformer) module.model();
        assertFalse(module.isSetUp());
        assertArrayEquals(new double[model.base().dModel()], model.autoencoder().decoderBias());
        assertEquals(module.config().sizes().hidden(), model.autoencoder().features());
    }

    @Test
    void saeSetupCentersTheDictionaryAndStaysSparse(@Use("get_it_session__sl_cust__setup") CustomModule module) {
        SaeTransformer model = (SaeTransformer) module.model();
        SetupReport report = module.setupReport().orElseThrow();
        double l0 = report.metric("sae_l0");
        assertTrue(l0 > 0.0, "some features fire");
        assertTrue(l0 < 0.5 * model.autoencoder().features(), "most features stay silent: " + l0);
        assertFalse(java.util.Arrays.stream(model.autoencoder().decoderBias()).allMatch(b -> b == 0.0),
                "setup centered the decoder bias");
    }

    private static void assertSameOutputs(CustomModule expected, CustomModule actual) {
        int[][] prompts = expected.freshBatch().tokens();
        Matrix a = expected.model().nextTokenLogits(prompts, -1);
        Matrix b = actual.model().nextTokenLogits(prompts, -1);
        assertTrue(a.isFinite());
        for (int p = 0; p < prompts.length; p++) {
            assertArrayEquals(a.row(p), b.row(p), "seeded weights are repeatable");
        }
    }
}
