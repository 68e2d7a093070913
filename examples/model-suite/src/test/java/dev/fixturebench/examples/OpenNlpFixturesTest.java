package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.experiment.AnalysisResult;
import dev.fixturebench.examples.experiment.ExperimentModule;
import dev.fixturebench.examples.real.PosTaggerModule;
import dev.fixturebench.examples.real.SentenceDetectorModule;
import dev.fixturebench.examples.real.TokenizerModule;

/** OpenNLP's pretrained English models from Maven Central: sentence detector, tokenizer and part-of-speech tagger. */
@ExtendWith(FixtureExtension.class)
class OpenNlpFixturesTest {

    private static ExperimentModule[] classModules;

    @BeforeAll
    static void loadClassModules(@Use("get_it_module__onlp_sent_en__initonly") SentenceDetectorModule sentInit,
                                 @Use("get_it_module__onlp_sent_en__setup") SentenceDetectorModule sentSetup,
                                 @Use("get_it_module__onlp_tok_en__initonly") TokenizerModule tokInit,
                                 @Use("get_it_module__onlp_tok_en__setup") TokenizerModule tokSetup,
                                 @Use("get_it_module__onlp_pos_en__initonly") PosTaggerModule posInit,
                                 @Use("get_it_module__onlp_pos_en__setup") PosTaggerModule posSetup) {
        classModules = new ExperimentModule[] {sentInit, sentSetup, tokInit, tokSetup, posInit, posSetup};
    }

    @Test
    void classModulesAreInitOnlyThenSetUp() {
        for (int i = 0; i < classModules.length; i++) {
            assertEquals(i % 2 == 1, classModules[i].isSetUp(), classModules[i].config().key());
        }
    }

    @Test
    void sentenceDetectorKnowsAbbreviations(@Use("get_it_session__onlp_sent_en__initonly") SentenceDetectorModule module) {
        assertEquals("en", module.language());
        assertFalse(module.isSetUp());
        assertArrayEquals(new String[] {"Dr. Smith trained the first dictionary.", "It took 4.5 days, e.g., a week."},
                module.sentences("Dr. Smith trained the first dictionary. It took 4.5 days, e.g., a week."));
    }

    @Test
    void sentenceSetupSplitsMostLinesInTwo(@Use("get_it_session__onlp_sent_en__setup") SentenceDetectorModule module,
                                           @Use("text_corpus") Corpus corpus) {
        int lines = module.setupReport().orElseThrow().examples();
        assertEquals(corpus.lines().size(), lines);
        int sentences = module.detectedSentences().size();
        assertEquals(sentences, (int) module.setupReport().orElseThrow().metric("sentences"));
        assertTrue(sentences >= lines && sentences <= 3 * lines, sentences + " sentences in " + lines + " lines");
        assertNotSame(classModules[1], module);
    }

    @Test
    void tokenizerSplitsContractionsAndPunctuation(@Use("get_it_session__onlp_tok_en__initonly") TokenizerModule module) {
        assertFalse(module.isSetUp());
        String[] tokens = module.tokenize("Don't stop: the model's logits aren't finite.");
        assertEquals("finite", tokens[tokens.length - 2]);
        assertEquals(".", tokens[tokens.length - 1]);
        assertTrue(java.util.Arrays.asList(tokens).contains(":"));
    }

    @Test
    void tokenizerSetupFindsMoreTokensThanWords(@Use("get_it_session__onlp_tok_en__setup") TokenizerModule module) {
        var report = module.setupReport().orElseThrow();
        assertTrue(report.metric("tokens_beyond_whitespace") > 0, "punctuation becomes tokens of its own");
        assertTrue(report.metric("tokens") > 20 * report.examples());
    }

    @Test
    void taggerUsesUniversalDependenciesTags(@Use("get_it_session__onlp_pos_en__initonly") PosTaggerModule module) {
        assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"},
                module.tag("The", "cat", "sat", "on", "the", "mat", "."));
    }

    @Test
    void taggerSetupTagsEveryToken(@Use("get_it_session__onlp_pos_en__setup") PosTaggerModule module) {
        var report = module.setupReport().orElseThrow();
        assertTrue(report.metric("tagged_tokens") > 500);
        assertTrue(report.metric("distinct_tags") >= 10, "a real tagger uses many tags");
    }

    @Test
    void tagDistributionIsLedByNouns(
            @Use("get_analysis_session__onlp_pos_en_tag_dist__initonly_runanalysis") AnalysisResult initOnly,
            @Use("get_analysis_session__onlp_pos_en_tag_dist__runanalysis") AnalysisResult setup) {
        assertFalse(initOnly.onSetupData());
        assertTrue(setup.onSetupData());
        assertEquals(1.0, setup.total(), 1e-9, "shares add up to one");
        assertEquals("NOUN", setup.strongest());
        assertEquals(initOnly.scores(), setup.scores());
        assertEquals(setup.scores().size(), (int) setup.summary());
    }
}
