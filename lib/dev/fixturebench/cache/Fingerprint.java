package dev.fixturebench.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A SHA-256 over what a cached thing depends on, fed in order: texts, and files as their path, size and modification
 * time (a folder as every file under it), so touching nothing gives the same {@link #hex()} and changing anything another.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint(String kind) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        text(kind);
    }

    /** A fingerprint of a thing of {@code kind} (e.g. {@code archive-1}: name and format, so formats never mix). */
    public static Fingerprint of(String kind) {
        return new Fingerprint(kind);
    }

    /** Adds {@code parts}, each kept apart from the next. */
    public Fingerprint text(String... parts) {
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return this;
    }

    /** Adds {@code texts} and how many there are. */
    public Fingerprint texts(List<String> texts) {
        text("list", Integer.toString(texts.size()));
        texts.forEach(this::text);
        return this;
    }

    /**
     * Adds {@code path} (absolute, normalised) with its state: a file's size and modification time, every file under a
     * folder (its path relative to the folder, size and time, in name order), or that nothing is there.
     */
    public Fingerprint path(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        text(absolute.toString());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (IOException absent) {
            return text("absent");
        }
        if (attributes.isDirectory()) {
            Map<String, String> files = tree(absolute);
            text("folder", Integer.toString(files.size()));
            files.forEach((name, state) -> text(name, state));
            return this;
        }
        return text("file", state(attributes));
    }

    /** Adds each of {@code paths} as {@link #path} does, and how many there are. */
    public Fingerprint paths(List<Path> paths) {
        text("paths", Integer.toString(paths.size()));
        paths.forEach(this::path);
        return this;
    }

    /** Adds {@code bytes}. */
    public Fingerprint bytes(byte[] bytes) {
        text("bytes", Integer.toString(bytes.length));
        digest.update(bytes);
        return this;
    }

    /** Adds the bytes of {@code file}, or that it is absent. */
    public Fingerprint contents(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            text("contents");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            digest.update((byte) 0);
        } catch (IOException absent) {
            text("absent");
        }
        return this;
    }

    /**
     * Adds the JDK this tool runs on, which its forks run on: {@code java.home}, the version of the runtime and the VM,
     * and the state of the runtime image and the VM's folder (its library and base class-data archive).
     */
    public Fingerprint jdk() {
        return jdk(Path.of(System.getProperty("java.home")), String.join(" ", System.getProperty("java.version"),
                System.getProperty("java.vm.version"), System.getProperty("java.vm.name"), System.getProperty("os.arch")));
    }

    /** Adds the JDK in {@code home} of {@code version}: its path, version, runtime image and VM folder, as {@link #jdk()}. */
    Fingerprint jdk(Path home, String version) {
        text("jdk", home.toAbsolutePath().normalize().toString(), version);
        return path(home.resolve("lib/modules")).path(home.resolve("lib/server"));
    }

    /**
     * Adds the code {@code type} was loaded from, as {@link #path} does: its jar, or every file of its class folder. A
     * cached result that depends on how this tool (or a library) works so goes with the tool's version.
     */
    public Fingerprint codeOf(Class<?> type) {
        try {
            return text("code of " + type.getName())
                    .path(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException unknown) {
            // never the same twice: what cannot be named cannot be matched
            return text("code of " + type.getName() + " unknown " + System.nanoTime());
        }
    }

    /** 32 hex digits of the digest: the entry's name. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** Every file under {@code folder}, by its path relative to it ({@code /}-separated), with its state. */
    private static Map<String, String> tree(Path folder) {
        Map<String, String> files = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.put(folder.relativize(file).toString().replace('\\', '/'), state(attributes));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof NoSuchFileException)) {
                        unreadable.add(folder.relativize(file).toString());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(".");
        }
        // a file that cannot be read changes the fingerprint every time: never a match on what was not seen
        unreadable.forEach(name -> files.put(name, "unreadable " + System.nanoTime()));
        return files;
    }

    private static String state(BasicFileAttributes attributes) {
        return attributes.size() + "@" + attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    }
}
