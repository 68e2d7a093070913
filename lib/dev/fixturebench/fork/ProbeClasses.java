package dev.fixturebench.fork;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import dev.fixturebench.cache.Fingerprint;
import dev.fixturebench.cache.SetupCache;
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
    private static final String CACHE_KIND = "probe";
    private static final String JAR = "probe.jar";
    /** Every entry's time, 2000-01-01 UTC: the same classes give the same bytes. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    private ProbeClasses() {
    }

    /**
     * The probe jar for a run: in {@code cache}, named by its content's hash, so its path and time stay the same from
     * run to run and an archive dumped with it stays valid; in {@code work} where the cache is off or unwritable.
     */
    public static Path jar(SetupCache cache, Path work) throws IOException {
        byte[] content = jarContent();
        if (cache.on()) {
            String key = Fingerprint.of("probe-1").bytes(content).hex();
            Optional<Path> found = cache.find(CACHE_KIND, key);
            if (found.isPresent()) {
                Path jar = found.get().resolve(JAR);
                if (Files.isRegularFile(jar) && Arrays.equals(Files.readAllBytes(jar), content)) {
                    return jar;
                }
                cache.discard(found.get());
            }
            try {
                return cache.store(CACHE_KIND, key, folder -> Files.write(folder.resolve(JAR), content))
                        .resolve(JAR);
            } catch (IOException unwritable) {
                cache.warn("the probe jar could not be kept in the cache (" + unwritable.getMessage() + ")");
            }
        }
        Path jar = work.resolve(JAR);
        Files.createDirectories(jar.toAbsolutePath().getParent());
        return Files.write(jar, content);
    }

    /**
     * The probe classes and their service file as a jar, the same bytes for the same classes: entries in a fixed order,
     * each with a fixed time.
     */
    static byte[] jarContent() throws IOException {
        Path source = codeSource();
        boolean found = false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
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
                    List<JarEntry> entries = tool.stream()
                            .filter(e -> e.getName().startsWith(PACKAGE_PATH) && e.getName().endsWith(".class"))
                            .sorted(Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry entry : entries) {
                        found |= entry.getName().equals(PACKAGE_PATH + "ProbeMain.class");
                        add(out, entry.getName(), tool.getInputStream(entry));
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
        return bytes.toByteArray();
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
            JarEntry entry = new JarEntry(name);
            entry.setTime(ENTRY_TIME);
            jar.putNextEntry(entry);
            in.transferTo(jar);
            jar.closeEntry();
        }
    }
}
