package dev.fixturebench.fork;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import dev.fixturebench.probe.LifecycleTimer;
import dev.fixturebench.probe.ProbeMain;

/**
 * Copies the compiled probe package out of the tool's own jar or class folder into a jar of its own, with the service
 * file that registers its lifecycle timer, so a fork gets the probe and nothing else of the tool: none of its
 * libraries leak onto the suite's class path. A jar, not a folder, so a class-data sharing archive can hold it.
 */
public final class ProbeClasses {

    private static final String PACKAGE_PATH = ProbeMain.class.getPackageName().replace('.', '/') + "/";
    private static final String SERVICE_FILE = "META-INF/services/org.junit.jupiter.api.extension.Extension";

    private ProbeClasses() {
    }

    /** Writes the probe classes and their service file into the jar {@code jar} (replacing it) and returns it. */
    public static Path writeJar(Path jar) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        Path source = codeSource();
        boolean found = false;
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (Files.isDirectory(source)) {
                List<Path> classes;
                try (Stream<Path> files = Files.walk(source.resolve(PACKAGE_PATH))) {
                    classes = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
                }
                for (Path file : classes) {
                    String name = source.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    found |= name.equals(PACKAGE_PATH + "ProbeMain.class");
                    add(out, name, Files.newInputStream(file));
                }
            } else {
                try (JarFile tool = new JarFile(source.toFile())) {
                    Enumeration<JarEntry> entries = tool.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        if (entry.getName().startsWith(PACKAGE_PATH) && entry.getName().endsWith(".class")) {
                            found |= entry.getName().equals(PACKAGE_PATH + "ProbeMain.class");
                            add(out, entry.getName(), tool.getInputStream(entry));
                        }
                    }
                }
            }
            // found by Jupiter's extension auto-detection, which only native-fixture forks switch on
            add(out, SERVICE_FILE, new ByteArrayInputStream(
                    (LifecycleTimer.class.getName() + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        if (!found) {
            throw new IOException("the probe classes were not found in " + source);
        }
        return jar;
    }

    private static Path codeSource() throws IOException {
        try {
            return Path.of(ProbeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot locate the tool's own classes to extract the probe", e);
        }
    }

    private static void add(JarOutputStream jar, String name, InputStream in) throws IOException {
        try (in) {
            jar.putNextEntry(new JarEntry(name));
            in.transferTo(jar);
            jar.closeEntry();
        }
    }
}
