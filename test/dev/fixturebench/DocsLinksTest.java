package dev.fixturebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README stays a front door (200 lines at most), and every relative Markdown link in it and in {@code docs/}
 * names a file or folder the repository has: a page moved or renamed breaks this test, not a reader's click.
 */
class DocsLinksTest {

    static final int README_MAX_LINES = 200;
    /** {@code [text](target)} or {@code [text](target "title")}; images too. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");

    @Test
    void readmeIsAtMost200Lines() throws IOException {
        long lines = Files.readAllLines(Path.of("README.md")).size();
        assertTrue(lines <= README_MAX_LINES, "README.md has " + lines + " lines, more than " + README_MAX_LINES
                + ": move the detail into a page under docs/ and link it");
    }

    @Test
    void relativeLinksPointAtFilesThatExist() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            broken.addAll(brokenLinks(page, Files.readString(page)));
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void aLinkToAMissingFileIsCaught() {
        String markdown = "See [the guide](docs/NO-SUCH-PAGE.md#intro), [here](#local), [web](https://jte.gg)"
                + " and [ok](docs/CLI.md).\n```\n[not a link](in/a/fence.md)\n```\n";
        assertEquals(List.of("README.md: docs/NO-SUCH-PAGE.md#intro"), brokenLinks(Path.of("README.md"), markdown));
    }

    /** The relative links of {@code markdown} (outside code) whose file, taken from {@code page}'s folder, is absent. */
    static List<String> brokenLinks(Path page, String markdown) {
        String text = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
        Path folder = page.toAbsolutePath().getParent();
        List<String> broken = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String target = link.group(1);
            if (target.startsWith("#") || target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // an anchor on the same page, or an address (https:, mailto:)
            }
            String file = target.replaceAll("[#?].*", "");
            if (!Files.exists(folder.resolve(file).normalize())) {
                broken.add(page + ": " + target);
            }
        }
        return broken;
    }
}
