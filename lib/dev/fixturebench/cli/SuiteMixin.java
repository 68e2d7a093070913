package dev.fixturebench.cli;

import java.nio.file.Path;
import java.util.Optional;

import dev.fixturebench.pipeline.Checkout;
import dev.fixturebench.pipeline.SuiteTarget;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The suite a command works on: a Maven project (and module), or a class path built some other way; one of them. And
 * whether its set-up (class path, archive, discovered fixtures, the site's templates) may come from the cache.
 */
final class SuiteMixin {

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nSuite (default: the bundled example):%n", order = 1)
    Target target;

    @ArgGroup(validate = false, heading = "%nSet-up cache:%n", order = 12)
    Caching caching = new Caching();

    static final class Caching {
        @Option(names = "--no-cache", order = 120,
                description = "Neither read nor write the set-up cache: build the suite with Maven, dump the"
                        + " class-data sharing archive, discover the fixtures and compile the site's templates"
                        + " afresh. By default each is kept in $XDG_CACHE_HOME/fixture-bench (else"
                        + " ~/.cache/fixture-bench), named by a hash of what it depends on (the build's poms and"
                        + " sources, the class path's files, the JDK, the fork options), and taken from there while"
                        + " that is unchanged; delete the folder to clear it.")
        boolean noCache;
    }

    /** Whether the set-up cache is read and written. */
    boolean cache() {
        return !caching.noCache;
    }

    /** A Maven project, or a class path and test-classes folder, never both. */
    static final class Target {
        @ArgGroup(exclusive = false, order = 1)
        Maven maven;

        @ArgGroup(exclusive = false, order = 2)
        ClassPath classPath;
    }

    static final class Maven {
        @Option(names = "--project", paramLabel = "DIR", required = true, order = 1,
                description = "Maven project of the suite.")
        Path project;

        @Option(names = "--module", paramLabel = "NAME", order = 2,
                description = "In a multi-module --project, the module (its folder, relative to the project).")
        String module;
    }

    static final class ClassPath {
        @Option(names = "--class-path", paramLabel = "CP", required = true, order = 3,
                description = "Instead of --project: the suite's full test class path (separated by"
                        + " '${sys:path.separator}')...")
        String classPath;

        @Option(names = "--test-classes", paramLabel = "DIR", required = true, order = 4,
                description = "...and the folder of its compiled test classes; both go together.")
        Path testClasses;
    }

    /**
     * The suite named, or the bundled example of {@code checkout}; empty when none is named and there is no checkout.
     * {@code integrationTests}: whether Failsafe's classes count too.
     */
    Optional<SuiteTarget> target(Optional<Checkout> checkout, boolean integrationTests) {
        if (target != null && target.classPath != null) {
            return Optional.of(SuiteTarget.classpath(target.classPath.classPath, target.classPath.testClasses,
                    integrationTests));
        }
        if (target != null && target.maven != null) {
            return Optional.of(SuiteTarget.maven(target.maven.project, target.maven.module, integrationTests));
        }
        return checkout.map(c -> SuiteTarget.maven(c.example(), null, integrationTests));
    }

    /** What to say when no suite is named and the bundled example is not found. */
    static String noSuiteMessage() {
        return "No --project given, and the bundled example was not found: this run knows no checkout of Fixture"
                + " Bench (no bench.java beside the ./jbang wrapper that started it, nor in the current directory)."
                + " Pass --project=DIR, or -D" + Checkout.HOME_PROPERTY + "=CHECKOUT to JBang.";
    }
}
