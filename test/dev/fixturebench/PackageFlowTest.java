package dev.fixturebench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages depend one way: {@code api} on the JDK and JUnit alone; {@code probe} (which runs inside the suite's
 * forks) on the JDK, the test frameworks a suite brings (JUnit, JUnit 3's API in JUnit 4, TestNG) and {@code api}; {@code model} on nothing of ours; {@code view} (one run's header and figures for every format) on {@code model} alone; and no package but {@code cli} on
 * {@code cli}. Read from the sources' imports.
 */
class PackageFlowTest {

    private static final Path SOURCES = Path.of("lib/dev/fixturebench");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    @Test
    void packagesDependOneWay() throws IOException {
        List<String> breaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String imported = imports.group(1);
                    if (!allowed(pkg, imported)) {
                        breaks.add(file + " imports " + imports.group(0));
                    }
                }
            }
        }
        assertEquals(List.of(), breaks);
    }

    private static boolean allowed(String pkg, String imported) {
        boolean ours = imported.startsWith("dev.fixturebench.");
        String target = ours ? imported.substring("dev.fixturebench.".length()).split("\\.")[0] : null;
        switch (pkg) {
            case "api":
                return ours ? target.equals("api") : isJdkOrJUnit(imported);
            case "probe":
                return ours ? Set.of("probe", "api").contains(target)
                        : isJdkOrJUnit(imported) || within(imported, "junit.framework") || within(imported, "org.testng");
            case "model":
                return !ours || target.equals("model");
            case "view":
                return !ours || Set.of("view", "model").contains(target);
            default:
                return !ours || !target.equals("cli") || pkg.equals("cli");
        }
    }

    /** Whether the imported package is {@code root} or one inside it. */
    private static boolean within(String imported, String root) {
        return imported.equals(root) || imported.startsWith(root + ".");
    }

    private static boolean isJdkOrJUnit(String imported) {
        return imported.startsWith("java.") || imported.startsWith("javax.") || imported.startsWith("jdk.")
                || imported.startsWith("com.sun.") || within(imported, "org.junit")
                || imported.startsWith("sun.");
    }
}
