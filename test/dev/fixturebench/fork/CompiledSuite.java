package dev.fixturebench.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.fixturebench.suite.SuiteClasspath;

/** A JUnit Jupiter suite of one test class compiled for a test, on the JUnit jars of the tool's own tests. */
public final class CompiledSuite {

    private CompiledSuite() {
    }

    /** Compiles {@code source}, the class {@code className}, under {@code work} and returns its class path. */
    public static SuiteClasspath of(Path work, String className, String source) throws Exception {
        Path sources = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("suite/test-classes"));
        Path file = sources.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        List<Path> jars = new ArrayList<>();
        for (Class<?> type : List.of(org.junit.jupiter.api.Test.class, org.junit.jupiter.engine.JupiterTestEngine.class,
                org.junit.platform.engine.TestEngine.class, org.junit.platform.commons.util.ReflectionUtils.class,
                org.opentest4j.AssertionFailedError.class, org.apiguardian.api.API.class)) {
            jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp",
                String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList()), file.toString());
        assertEquals(0, compiled, "the suite's test class compiles");
        Path launcher = Path.of(org.junit.platform.launcher.Launcher.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Path> entries = new ArrayList<>(List.of(classes));
        entries.addAll(jars);
        return new SuiteClasspath("test suite", List.of(classes), entries, List.of(launcher), "JUnit Platform 1.11.4");
    }
}
