package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.experiment.AnalysisResult;
import dev.fixturebench.examples.real.Gpt2Module;

/** GPT-2's real byte-pair encoding, loaded per session and per class, and its compression analysis. */
@ExtendWith(FixtureExtension.class)
class Gpt2FixturesTest {

    private final Gpt2Module classInitOnly;

    Gpt2FixturesTest(@Use("get_it_module__gpt2__initonly") Gpt2Module classInitOnly) {
        this.classInitOnly = classInitOnly;
    }

    @Test
    void initOnlyEncodesLikeGpt2(@Use("get_it_session__gpt2__initonly") Gpt2Module module) {
        assertFalse(module.isSetUp());
        assertEquals("r50k_base", module.encoding().getName());
        assertArrayEquals(new int[] {15496, 995}, module.encoding().encodeOrdinary("Hello world").toArray());
        assertEquals(" interpretability", module.decode(module.encoding().encodeOrdinary(" interpretability").toArray()));
    }

    @Test
    void setupEncodedTheCorpusLosslessly(@Use("get_it_session__gpt2__setup") Gpt2Module module,
                                         @Use("text_corpus") Corpus corpus) {
        List<int[]> lines = module.encodedLines();
        assertEquals(corpus.firstLines(module.config().sizes().batch()).size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(corpus.lines().get(i), module.decode(lines.get(i)));
            assertTrue(java.util.Arrays.stream(lines.get(i)).allMatch(id -> id >= 0 && id < 50_257), "GPT-2 ids");
        }
        assertEquals(lines.stream().mapToInt(ids -> ids.length).sum(),
                (int) module.setupReport().orElseThrow().metric("tokens"));
    }

    @Test
    void classModulesAreSeparateFromTheSession(@Use("get_it_module__gpt2__setup") Gpt2Module classSetup,
                                               @Use("get_it_session__gpt2__setup") Gpt2Module sessionSetup) {
        assertFalse(classInitOnly.isSetUp());
        assertNotSame(sessionSetup, classSetup);
        assertEquals(sessionSetup.setupReport().orElseThrow().metrics(), classSetup.setupReport().orElseThrow().metrics());
    }

    @Test
    void englishCompressesToAboutFourBytesPerToken(
            @Use("get_analysis_session__gpt2_bpe_compression__initonly_runanalysis") AnalysisResult initOnly,
            @Use("get_analysis_session__gpt2_bpe_compression__runanalysis") AnalysisResult setup) {
        assertFalse(initOnly.onSetupData());
        assertTrue(setup.onSetupData());
        assertEquals(initOnly.scores(), setup.scores());
        assertTrue(setup.summary() > 3.0 && setup.summary() < 6.5, "bytes per token: " + setup.summary());
        assertTrue(setup.scores().values().stream().allMatch(ratio -> ratio >= 1.0), "a token holds at least a byte");
    }
}
