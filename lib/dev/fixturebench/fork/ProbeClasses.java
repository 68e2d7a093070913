package dev.fixturebench.fork;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import dev.fixturebench.probe.LifecycleTimer;
import dev.fixturebench.probe.ProbeMain;

/**
 * Copies the compiled probe package out of the tool's own jar or class folder into a directory of its own, with the
 * service file that registers its lifecycle timer, so a fork gets the probe and nothing else of the tool: none of
 * its libraries leak onto the suite's class path.
 */
public final class ProbeClasses {

    private static final String PACKAGE_PATH = ProbeMain.class.getPackageName().replace('.', '/') + "/";

    private ProbeClasses() {
    }

    /** Extracts the probe classes under {@code directory} and returns the class path root to add. */
    public static Path extractTo(Path directory) throws IOException {
        Path root = Files.createDirectories(directory);
        Path source = codeSource();
        if (Files.isDirectory(source)) {
            Path probe = source.resolve(PACKAGE_PATH);
            try (Stream<Path> files = Files.walk(probe)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    copy(Files.newInputStream(file), root.resolve(source.relativize(file).toString()));
                }
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().startsWith(PACKAGE_PATH) && entry.getName().endsWith(".class")) {
                        copy(jar.getInputStream(entry), root.resolve(entry.getName()));
                    }
                }
            }
        }
        if (!Files.exists(root.resolve(PACKAGE_PATH + "ProbeMain.class"))) {
            throw new IOException("the probe classes were not found in " + source);
        }
        // found by Jupiter's extension auto-detection, which only native-fixture forks switch on
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.junit.jupiter.api.extension.Extension"),
                LifecycleTimer.class.getName() + "\n", java.nio.charset.StandardCharsets.UTF_8);
        return root;
    }

    private static Path codeSource() throws IOException {
        try {
            return Path.of(ProbeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot locate the tool's own classes to extract the probe", e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (in) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
