package dev.fixturebench.results;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.fixturebench.suite.SuiteClasspath;

/**
 * A short fingerprint of a suite's class path: the paths of its test-class folders and entries, in order, and of the
 * launcher's jars, with each jar's size and time. Another dependency version, module or JUnit changes it, and so does
 * a jar rebuilt in place; classes recompiled into a folder do not. What --resume and merge check.
 */
public final class ClassPathFingerprint {

    private ClassPathFingerprint() {
    }

    /** 16 hex digits of the SHA-256 of the class path's paths. */
    public static String of(SuiteClasspath classpath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path path : classpath.testClasses()) {
                update(digest, path);
            }
            for (Path path : classpath.entries()) {
                update(digest, path);
            }
            for (Path path : classpath.launcher()) {
                update(digest, path);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, Path path) {
        digest.update(path.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try {
            if (Files.isRegularFile(path)) {
                // a jar rebuilt in place (a SNAPSHOT) changes its size or time
                digest.update((Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis())
                        .getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        } catch (IOException unreadable) {
            // the path alone, then
        }
    }
}
