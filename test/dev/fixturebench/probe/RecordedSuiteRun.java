package dev.fixturebench.probe;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The result a whole-suite fork writes, produced in this JVM by the real recorder and launcher ({@link SuiteProbe}),
 * for tests elsewhere that read it: the shapes they check come from what the recorder records, not from JSON written
 * by hand.
 */
public final class RecordedSuiteRun {

    private RecordedSuiteRun() {
    }

    /**
     * Runs {@code testClasses} as a whole-suite fork runs them (the fixture API's hooks installed when {@code api}) and
     * returns the fork's result as the JSON it writes.
     */
    public static String of(boolean api, Class<?>... testClasses) throws IOException {
        Path classes = Files.createTempFile("suite-classes-", ".txt");
        // the service file the probe's jar carries, so Jupiter detects the lifecycle timer as it does in a fork
        Path services = Files.createTempDirectory("probe-services-");
        Path file = services.resolve("META-INF/services/org.junit.jupiter.api.extension.Extension");
        Files.createDirectories(file.getParent());
        Files.writeString(file, LifecycleTimer.class.getName() + "\n", StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader withServices = new URLClassLoader(new URL[] {services.toUri().toURL()}, original)) {
            Files.write(classes, Arrays.stream(testClasses).map(Class::getName).toList(), StandardCharsets.UTF_8);
            thread.setContextClassLoader(withServices);
            Map<String, Object> result = SuiteProbe.run(classes, null, true, api);
            return JsonOut.write(result);
        } finally {
            thread.setContextClassLoader(original);
            Files.deleteIfExists(classes);
            Files.deleteIfExists(file);
        }
    }
}
