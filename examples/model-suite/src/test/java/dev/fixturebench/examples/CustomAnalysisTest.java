package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.custom.CustomModule;
import dev.fixturebench.examples.custom.Matrix;
import dev.fixturebench.examples.custom.PromptBatch;
import dev.fixturebench.examples.custom.SaeTransformer;
import dev.fixturebench.examples.experiment.AnalysisResult;

/** Analyses of the custom models, run on an init-only module and on a set-up one. */
@ExtendWith(FixtureExtension.class)
class CustomAnalysisTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void denseLogitDiffsDoNotDependOnSetup(
            @Use("get_analysis_session__core_cust_logit_diffs__initonly_runanalysis") AnalysisResult initOnly,
            @Use("get_analysis_session__core_cust_logit_diffs__runanalysis") AnalysisResult setup) {
        assertFalse(initOnly.onSetupData());
        assertTrue(setup.onSetupData());
        assertEquals(Analysis.LOGIT_DIFFS, setup.analysis());
        assertEquals(setup.examples(), setup.scores().size(), "one logit difference per prompt");
        assertEquals(initOnly.scores(), setup.scores(), "same weights and prompts, same logits");
        assertEquals(setup.total() / setup.examples(), setup.summary(), TOLERANCE);
    }

    @Test
    void denseAblationsAddUpToTheLogitDiff(
            @Use("get_analysis_session__core_cust_attr_ablation__initonly_runanalysis") AnalysisResult initOnly,
            @Use("get_analysis_session__core_cust_attr_ablation__runanalysis") AnalysisResult setup) {
        assertEquals(128, setup.scores().size(), "one score per hidden unit");
        // The output layer is linear with zero bias, so zeroing each hidden unit in turn removes its exact share.
        assertEquals(setup.summary(), setup.total(), TOLERANCE);
        assertEquals(initOnly.scores(), setup.scores());
        assertTrue(setup.strongest().startsWith("hidden."));
    }

    @Test
    void transformerLogitDiffsArePerPrompt(
            @Use("get_analysis_session__tl_cust_logit_diffs__initonly_runanalysis") AnalysisResult initOnly,
            @Use("get_analysis_session__tl_cust_logit_diffs__runanalysis") AnalysisResult setup,
            @Use("get_it_session__tl_cust__setup") CustomModule module) {
        PromptBatch batch = module.batch().orElseThrow();
        Matrix logits = module.model().nextTokenLogits(new int[][] {batch.tokens()[0]}, -1);
        double first = logits.get(0, batch.answers()[0]) - logits.get(0, batch.distractors()[0]);
        assertEquals(first, setup.scores().get("prompt.0"), TOLERANCE);
        assertEquals(initOnly.summary(), setup.summary(), TOLERANCE);
    }

    @Test
    void transformerAblationScoresEveryHeadAndMlp(
            @Use("get_analysis_session__tl_cust_attr_ablation__initonly_runanalysis") AnalysisResult initOnly,
            @Use("get_analysis_session__tl_cust_attr_ablation__runanalysis") AnalysisResult setup,
            @Use("get_it_session__tl_cust__initonly") CustomModule module) {
        assertEquals(module.model().components(), List.copyOf(setup.scores().keySet()));
        assertTrue(setup.scores().values().stream().allMatch(Double::isFinite));
        assertTrue(setup.scores().values().stream().anyMatch(score -> Math.abs(score) > TOLERANCE),
                "ablating some component moves the logit difference");
        assertEquals(initOnly.scores(), setup.scores());
    }

    @Test
    void saeGradientAttributionIsComplete(
            @Use("get_analysis_session__sl_cust_attr_grad__initonly_runanalysis") AnalysisResult initOnly,
            @Use("get_analysis_session__sl_cust_attr_grad__runanalysis") AnalysisResult setup,
            @Use("get_it_session__sl_cust__setup") CustomModule module) {
        SaeTransformer model = (SaeTransformer) module.model();
        PromptBatch batch = module.batch().orElseThrow();
        double bias = 0.0;
        for (int p = 0; p < batch.size(); p++) {
            bias += model.decoderBiasLogitDiff(batch.answers()[p], batch.distractors()[p]) / batch.size();
        }
        // Everything after the features is linear: feature attributions plus the decoder bias's share are exact.
        assertEquals(setup.summary(), setup.total() + bias, TOLERANCE);
        assertEquals(initOnly.summary(), initOnly.total(), TOLERANCE, "an uncentered SAE has no bias share");
        assertNotEquals(initOnly.summary(), setup.summary(), "centering the SAE changes its reconstruction");
        assertEquals(model.autoencoder().features(), setup.scores().size());
    }
}
