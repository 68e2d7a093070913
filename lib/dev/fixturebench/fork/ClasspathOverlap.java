package dev.fixturebench.fork;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds a class or resource path that a folder and a jar of one class path both hold, the first jar in class path
 * order first: moving the folders after the jars would then change which of the two copies a fork loads. A manifest
 * and {@code module-info.class} do not count: every jar has its own, and class loading reads only the jar's own.
 */
final class ClasspathOverlap {

    private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/\\d+/(.+)");
    private static final Set<String> PER_ENTRY = Set.of("META-INF/MANIFEST.MF", "module-info.class");

    /**
     * A path both in a folder and a jar.
     *
     * @param entry     the class or resource path, with '/' separators, as a class loader asks for it
     * @param directory the folder that holds it
     * @param jar       the jar that holds it too
     */
    record Clash(String entry, Path directory, Path jar) {

        /** One line for the report. */
        String describe() {
            return entry + " is both in the folder " + directory + " and in " + jar;
        }
    }

    private ClasspathOverlap() {
    }

    /** The first path that a file under one of {@code directories} and an entry of one of {@code jars} share. */
    static Optional<Clash> find(List<Path> directories, List<Path> jars) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    files.putIfAbsent(directory.relativize(file).toString().replace(File.separatorChar, '/'),
                            directory);
                }
            }
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    // a multi-release jar serves META-INF/versions/N/a/B.class as a/B.class
                    Matcher versioned = VERSIONED.matcher(entry.getName());
                    String name = versioned.matches() ? versioned.group(1) : entry.getName();
                    if (files.containsKey(name) && !PER_ENTRY.contains(name)) {
                        return Optional.of(new Clash(name, files.get(name), jar));
                    }
                }
            } catch (ZipException notAJar) {
                throw new IOException(jar + " is on the class path but is neither a folder nor a jar that can be read"
                        + " (" + notAJar.getMessage() + ")", notAJar);
            }
        }
        return Optional.empty();
    }
}
