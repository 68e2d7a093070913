package dev.fixturebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.fixturebench.pipeline.Checkout;
import dev.fixturebench.pipeline.Console;
import dev.fixturebench.pipeline.OutputFolders;
import dev.fixturebench.pipeline.SuiteTarget;
import dev.fixturebench.site.StaticSite;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: its console, bad usage (exit 2) that says what is wrong, and the checkout it runs from. */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    Console console() {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Fails as bad usage unless {@code value} is null or at least {@code min}. */
    void requireAtLeast(String option, Integer value, int min) {
        if (value != null && value < min) {
            throw usage("Invalid value for option '" + option + "': " + value + " — it must be a whole number of at"
                    + " least " + min + ".");
        }
    }

    /** The checkout the tool runs from; a bad {@code fixturebench.home} is bad usage. */
    Optional<Checkout> checkout() {
        try {
            return Checkout.locate();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The suite {@code suite} names, or the bundled example; bad usage when neither is there. */
    SuiteTarget target(SuiteMixin suite, boolean integrationTests) {
        return suite.target(checkout(), integrationTests).orElseThrow(() -> usage(SuiteMixin.noSuiteMessage()));
    }

    /** {@link ForkMixin#jvmArgs()}, a malformed --fork-jvm-args being bad usage. */
    List<String> jvmArgs(ForkMixin forks) {
        try {
            return forks.jvmArgs();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Where {@code output} says to write; a site folder that holds something other than a site of ours is bad usage. */
    OutputFolders folders(OutputMixin output) {
        OutputFolders folders = output.folders();
        requireWritableFolder("--out", folders.out());
        if (folders.site() != null) {
            requireWritableFolder("--site", folders.site());
            try {
                StaticSite.refuseForeign(folders.site());
            } catch (IllegalArgumentException | IOException e) {
                throw usage(e.getMessage());
            }
        }
        return folders;
    }

    /**
     * Fails as bad usage, before any work, unless {@code folder} is a folder this account can write in, or one it can
     * create: a file where a folder belongs, a folder without write permission or on a read-only file system.
     */
    void requireWritableFolder(String option, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw usage(option + "=" + folder + ": no part of " + absolute + " exists; name a folder on this machine.");
        }
        if (!Files.isDirectory(existing)) {
            throw usage(option + "=" + folder + ": " + existing + " is a file, not a folder" + (existing.equals(absolute)
                    ? "" : ", so no folder can be made inside it") + ". Name a folder (it is created when missing).");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".fixture-bench-", ".probe"));
        } catch (IOException | SecurityException e) {
            throw usage(option + "=" + folder + ": " + existing + " cannot be written (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ": no permission, or a read-only file system)."
                    + " Name a folder this account can write in.");
        }
    }
}
