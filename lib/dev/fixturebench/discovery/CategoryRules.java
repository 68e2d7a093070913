package dev.fixturebench.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.model.FixtureInfo;

/**
 * Gives each fixture its report category: the suite's own ordered rules from {@value #FILE_NAME} at the project
 * root first, then the category the fixture declares, then the pytest tool's defaults, else "Uncategorised".
 */
public final class CategoryRules {

    public static final String FILE_NAME = "fixture-bench.json";
    static final String UNCATEGORISED = "Uncategorised";

    private static final List<Rule> DEFAULTS = List.of(
            new Rule("JUnit", new Match(null, null, null, Pattern.compile("^junit$"))),
            new Rule("JUnit 4", new Match(null, null, null, Pattern.compile("^junit4$"))),
            new Rule("TestNG", new Match(null, null, null, Pattern.compile("^testng$"))),
            new Rule("Test resource", new Match(null, null, null, Pattern.compile("^resource$"))),
            new Rule("Real Model", new Match(Pattern.compile("gpt2|llama3|gemma2"), null, null, null)),
            new Rule("Custom Model", new Match(Pattern.compile("cust"), null, null, null)),
            new Rule("Config Only", new Match(Pattern.compile("_cfg"), null, null, null)),
            new Rule("Static", new Match(null, null, null, Pattern.compile("^static$"))));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final List<Rule> rules;

    private CategoryRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in defaults alone. */
    public static CategoryRules defaults() {
        return new CategoryRules(List.of());
    }

    /** The rules of {@code projectDirectory}'s {@value #FILE_NAME}, or the defaults alone when it has none. */
    public static CategoryRules load(Path projectDirectory) throws RulesException {
        Path file = projectDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            return new CategoryRules(JSON.readValue(file.toFile(), RulesFile.class).categories());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new RulesException(file + (line > 0 ? " line " + line : "") + ": " + e.getOriginalMessage()
                    + ". Expected {\"categories\": [{\"category\": \"Real Model\", \"match\": {\"name\": \"gpt2\"}}]}"
                    + " with exactly one of name, source, declared or type in each match (Java regular expressions).");
        } catch (IOException e) {
            throw new RulesException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The category of {@code fixture}, whose {@link FixtureInfo#category()} is the one it declares (may be empty). */
    public String categorise(FixtureInfo fixture) {
        for (Rule rule : rules) {
            if (rule.match().matches(fixture)) {
                return rule.category();
            }
        }
        if (!fixture.category().isBlank()) {
            return fixture.category();
        }
        for (Rule rule : DEFAULTS) {
            if (rule.match().matches(fixture)) {
                return rule.category();
            }
        }
        return UNCATEGORISED;
    }

    /** The file: {@code {"categories": [rule, ...]}}. */
    record RulesFile(@JsonProperty(value = "categories", required = true) List<Rule> categories) {
        RulesFile {
            Objects.requireNonNull(categories, "categories must be a list of rules");
            categories.forEach(rule -> Objects.requireNonNull(rule, "a rule must not be null"));
        }
    }

    /** One rule: fixtures its match finds get {@code category}. */
    record Rule(@JsonProperty(value = "category", required = true) String category,
                @JsonProperty(value = "match", required = true) Match match) {
        Rule {
            Objects.requireNonNull(category, "a rule needs a category");
            Objects.requireNonNull(match, "a rule needs a match");
            if (category.isBlank()) {
                throw new IllegalArgumentException("a rule's category must not be empty");
            }
        }
    }

    /**
     * Exactly one criterion, a regular expression found anywhere in: the fixture's name, the class or source that
     * declares it, the category it declares, or its type (dynamic, static, junit).
     */
    record Match(@JsonProperty("name") Pattern name, @JsonProperty("source") Pattern source,
                 @JsonProperty("declared") Pattern declared, @JsonProperty("type") Pattern type) {
        Match {
            long given = java.util.stream.Stream.of(name, source, declared, type).filter(p -> p != null).count();
            if (given != 1) {
                throw new IllegalArgumentException("a match needs exactly one of name, source, declared, type; it has "
                        + given);
            }
        }

        boolean matches(FixtureInfo fixture) {
            Pattern pattern = name != null ? name : source != null ? source : declared != null ? declared : type;
            String subject = name != null ? fixture.name() : source != null ? fixture.declaredIn()
                    : declared != null ? fixture.category() : fixture.type().label();
            return pattern.matcher(subject).find();
        }
    }
}
