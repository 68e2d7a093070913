package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.corpus.Vocabulary;
import dev.fixturebench.examples.fixtures.StaticFixtures;
import dev.fixturebench.examples.fixtures.Workspace;

/** The hand-written data and file fixtures. */
@ExtendWith(FixtureExtension.class)
class StaticFixturesTest {

    @Test
    void corpusSkipsCommentsAndBlankLines(@Use("text_corpus") Corpus corpus) {
        assertEquals(StaticFixtures.CORPUS_RESOURCE, corpus.resource());
        assertEquals(39, corpus.lines().size());
        assertTrue(corpus.lines().stream().noneMatch(line -> line.isBlank() || line.startsWith("#")));
        assertTrue(corpus.lines().get(0).startsWith("Interpretability research"));
    }

    @Test
    void vocabularyCountsTheCorpus(@Use("corpus_vocabulary") Vocabulary vocabulary, @Use("text_corpus") Corpus corpus) {
        assertEquals(List.of("the", "a"), vocabulary.mostFrequent(2));
        assertEquals(0, vocabulary.id("The"), "ids are case-insensitive and start at the most frequent word");
        assertEquals(-1, vocabulary.id("transformerlens"));
        assertTrue(vocabulary.count("fixture") >= 3);
        long words = corpus.lines().stream().mapToLong(line -> line.split("[^\\p{L}'’-]+").length).sum();
        assertTrue(Math.abs(vocabulary.occurrences() - words) < 0.05 * words, "about one occurrence per word");
        assertTrue(vocabulary.size() > 300, "distinct words: " + vocabulary.size());
    }

    @Test
    void workspaceIsAnEmptyWritableDirectory(@Use("workspace_dir") Workspace workspace) throws IOException {
        assertTrue(Files.isDirectory(workspace.root()));
        try (var entries = Files.list(workspace.root())) {
            assertEquals(0, entries.count());
        }
        Files.writeString(workspace.resolve("notes.txt"), "fixture bench");
        assertEquals("fixture bench", Files.readString(workspace.resolve("notes.txt")));
    }

    @Test
    void workspaceDeletesItsTreeOnClose() throws IOException {
        Workspace workspace = Workspace.create("workspace-close-");
        Files.createDirectories(workspace.resolve("a/b"));
        Files.writeString(workspace.resolve("a/b/c.txt"), "x");
        workspace.close();
        assertFalse(Files.exists(workspace.root()));
    }

    @Test
    void corpusFileLivesInTheSameTestsWorkspace(@Use("corpus_file") Path file, @Use("workspace_dir") Workspace workspace,
                                               @Use("text_corpus") Corpus corpus) throws IOException {
        assertEquals(workspace.root(), file.getParent(), "a method-scoped fixture is shared within one test");
        assertEquals(corpus.lines(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void seededRandomStartsAfreshInEveryTest(@Use("seeded_random") Random random) {
        Random reference = new Random(StaticFixtures.RANDOM_SEED);
        for (int i = 0; i < 5; i++) {
            assertEquals(reference.nextLong(), random.nextLong());
        }
    }

    @Test
    void seededRandomIsNotShared(@Use("seeded_random") Random random) {
        assertEquals(new Random(StaticFixtures.RANDOM_SEED).nextInt(1000), random.nextInt(1000),
                "another test's draws do not leak into this one");
    }
}
