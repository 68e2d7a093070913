package dev.fixturebench.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import dev.fixturebench.pipeline.Checkout;
import dev.fixturebench.pipeline.Console;

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
    dev.fixturebench.pipeline.SuiteTarget target(SuiteMixin suite, boolean integrationTests) {
        return suite.target(checkout(), integrationTests).orElseThrow(() -> usage(SuiteMixin.noSuiteMessage()));
    }

    /** {@link ForkMixin#jvmArgs()}, a malformed --fork-jvm-args being bad usage. */
    java.util.List<String> jvmArgs(ForkMixin forks) {
        try {
            return forks.jvmArgs();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Where {@code output} says to write; a site folder that holds something other than a site of ours is bad usage. */
    dev.fixturebench.pipeline.OutputFolders folders(OutputMixin output) {
        dev.fixturebench.pipeline.OutputFolders folders = output.folders();
        if (folders.site() != null) {
            try {
                dev.fixturebench.site.StaticSite.refuseForeign(folders.site());
            } catch (IllegalArgumentException | java.io.IOException e) {
                throw usage(e.getMessage());
            }
        }
        return folders;
    }
}
