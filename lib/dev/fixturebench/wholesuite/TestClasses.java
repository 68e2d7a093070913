package dev.fixturebench.wholesuite;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which test classes a whole-suite run selects: by default those Maven Surefire runs by default (a top-level class
 * named {@code Test*}, {@code *Test}, {@code *Tests} or {@code *TestCase}), else those whose name a pattern finds.
 */
public final class TestClasses {

    private static final Pattern SUREFIRE_DEFAULT = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

    private TestClasses() {
    }

    /**
     * The top-level classes of {@code testClasses} (binary names; nested ones run with their enclosing class) that
     * {@code pattern} finds in the binary name, or that Surefire's default includes name when it is null.
     */
    public static List<String> select(List<String> testClasses, Pattern pattern) {
        Set<String> selected = new LinkedHashSet<>();
        for (String name : testClasses) {
            String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            String simple = topLevel.substring(topLevel.lastIndexOf('.') + 1);
            boolean wanted = pattern == null ? SUREFIRE_DEFAULT.matcher(simple).matches()
                    : pattern.matcher(topLevel).find();
            if (wanted) {
                selected.add(topLevel);
            }
        }
        return List.copyOf(selected);
    }
}
