package dev.fixturebench.wholesuite;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fixturebench.model.JavaNames;

/**
 * Which test classes a whole-suite run selects: the top-level classes of those discovery kept (what the build's
 * {@code mvn test} runs), all of them or those whose name a pattern finds.
 */
public final class TestClasses {

    private TestClasses() {
    }

    /**
     * The top-level classes of {@code testClasses} (binary names; nested ones run with their enclosing class) that
     * {@code pattern} finds in the binary name, or all of them when it is null.
     */
    public static List<String> select(List<String> testClasses, Pattern pattern) {
        Set<String> selected = new LinkedHashSet<>();
        for (String name : testClasses) {
            String topLevel = JavaNames.topLevel(name);
            if (pattern == null || pattern.matcher(topLevel).find()) {
                selected.add(topLevel);
            }
        }
        return List.copyOf(selected);
    }
}
