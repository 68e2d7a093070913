package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A suite built by other means than Maven: its full test class path and the folder of its compiled tests. */
public final class ClasspathSuite {

    private final LauncherJars launcher;

    public ClasspathSuite(Path workDirectory) {
        this.launcher = new LauncherJars(new Maven(workDirectory), workDirectory);
    }

    public SuiteClasspath resolve(String classPath, Path testClasses) throws SuiteException, IOException {
        Path tests = testClasses.toAbsolutePath().normalize();
        if (!Files.isDirectory(tests)) {
            throw new SuiteException("--test-classes " + tests + " is not a folder. Pass the folder holding the"
                    + " compiled test classes (e.g. target/test-classes).");
        }
        List<Path> entries = new ArrayList<>(List.of(tests));
        for (Path entry : LauncherJars.split(classPath)) {
            Path absolute = entry.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new SuiteException("--class-path entry " + absolute + " does not exist. Pass the suite's test"
                        + " class path as printed by your build, entries separated by '" + java.io.File.pathSeparator
                        + "'.");
            }
            if (!absolute.equals(tests)) {
                entries.add(absolute);
            }
        }
        return launcher.complete(tests.toString(), List.of(tests), entries);
    }
}
