package dev.fixturebench.examples.corpus;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** A text corpus read from a class path resource: one paragraph per line, blank and '#' lines skipped. */
public record Corpus(String resource, List<String> lines) {

    public Corpus {
        lines = List.copyOf(lines);
    }

    /** Reads {@code resource} (an absolute class path name) as UTF-8. */
    public static Corpus fromResource(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("class path resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toList());
            return new Corpus(resource, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + resource, e);
        }
    }

    /** The first {@code count} lines, or all of them when there are fewer. */
    public List<String> firstLines(int count) {
        return lines.subList(0, Math.min(count, lines.size()));
    }

    /** The whole corpus as one text, lines joined by newlines. */
    public String text() {
        return String.join("\n", lines);
    }
}
