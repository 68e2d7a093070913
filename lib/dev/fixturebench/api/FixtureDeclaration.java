package dev.fixturebench.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fixture of a static {@link Fixture @Fixture} method, described beforehand, so that a registry given it through
 * {@link FixtureRegistry#DECLARED_PROPERTY} defines the fixture from the method without reading an annotation.
 *
 * @param name         the fixture's name
 * @param scope        its scope
 * @param category     its category as declared (empty: none)
 * @param holder       the binary name of the class declaring the method
 * @param method       the method's name
 * @param dependencies the fixtures its parameters use, in order
 */
public record FixtureDeclaration(String name, Scope scope, String category, String holder, String method,
                                 List<String> dependencies) {

    private static final String FIELD_SEPARATOR = " ";
    private static final String LIST_SEPARATOR = ",";
    private static final String DECLARATION_SEPARATOR = ";";
    private static final int FIELDS = 6;

    public FixtureDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        category = category == null ? "" : category;
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(method, "method");
        dependencies = List.copyOf(dependencies);
    }

    /** This declaration as one line of text without {@code ;}: its fields URL-encoded, separated by spaces. */
    public String encoded() {
        List<String> encoded = new ArrayList<>();
        for (String dependency : dependencies) {
            encoded.add(encode(dependency));
        }
        return String.join(FIELD_SEPARATOR, encode(name), scope.name(), encode(category), encode(holder),
                encode(method), String.join(LIST_SEPARATOR, encoded));
    }

    /** {@code encoded} declarations ({@link #encoded}) as {@link FixtureRegistry#DECLARED_PROPERTY} holds them. */
    public static String joined(List<String> encoded) {
        return String.join(DECLARATION_SEPARATOR, encoded);
    }

    /** The declarations {@code joined} holds ({@link #joined}); fails naming the text that is not one. */
    static List<FixtureDeclaration> parseAll(String joined) {
        List<FixtureDeclaration> declarations = new ArrayList<>();
        for (String text : joined.split(DECLARATION_SEPARATOR)) {
            if (!text.isBlank()) {
                declarations.add(parse(text));
            }
        }
        return declarations;
    }

    private static FixtureDeclaration parse(String text) {
        String[] fields = text.split(FIELD_SEPARATOR, -1);
        try {
            if (fields.length != FIELDS) {
                throw new IllegalArgumentException(fields.length + " fields, not " + FIELDS);
            }
            List<String> dependencies = new ArrayList<>();
            if (!fields[5].isEmpty()) {
                for (String dependency : fields[5].split(LIST_SEPARATOR, -1)) {
                    dependencies.add(decode(dependency));
                }
            }
            return new FixtureDeclaration(decode(fields[0]), Scope.valueOf(fields[1]), decode(fields[2]),
                    decode(fields[3]), decode(fields[4]), dependencies);
        } catch (IllegalArgumentException e) {
            throw new FixtureConfigurationException("not a fixture declaration (" + FixtureRegistry.DECLARED_PROPERTY
                    + "): '" + text + "': " + e.getMessage(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
