package dev.fixturebench.fork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.suite.SuiteClasspath;

/**
 * A fork's class path: the probe jar, the suite's entries and the launcher jars, in their usual order, and the same
 * entries split into jars and the rest (the suite's folders), the order a fork mapping a class-data sharing archive needs.
 *
 * @param original    the probe jar, the suite's entries (its own folders first), then the launcher jars
 * @param jars        the entries of {@code original} that are files, in their order: what an archive can be dumped from
 * @param directories the other entries of {@code original} (folders, and paths that do not exist), in their order
 */
record ForkClassPath(List<Path> original, List<Path> jars, List<Path> directories) {

    ForkClassPath {
        original = List.copyOf(original);
        jars = List.copyOf(jars);
        directories = List.copyOf(directories);
    }

    /** The class path of a fork running the probe in {@code probeJar} on {@code suite}. */
    static ForkClassPath of(Path probeJar, SuiteClasspath suite) {
        List<Path> original = new ArrayList<>();
        original.add(probeJar);
        original.addAll(suite.entries());
        original.addAll(suite.launcher());
        List<Path> jars = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        for (Path entry : original) {
            (Files.isRegularFile(entry) ? jars : directories).add(entry);
        }
        return new ForkClassPath(original, jars, directories);
    }

    /** The jars, then the folders: the class path of a fork that maps an archive dumped from {@link #jars}. */
    List<Path> jarsFirst() {
        List<Path> entries = new ArrayList<>(jars);
        entries.addAll(directories);
        return entries;
    }
}
