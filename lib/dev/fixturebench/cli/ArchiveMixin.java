package dev.fixturebench.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Whether forks start from a class-data sharing archive the command dumps first (they do unless --no-cds). */
final class ArchiveMixin {

    @ArgGroup(validate = false, heading = "%nClass-data sharing:%n", order = 5)
    Options options = new Options();

    static final class Options {
        @Option(names = "--no-cds", order = 50,
                description = "Start every fork without a class-data sharing archive. By default one is dumped from"
                        + " an empty-test fork on the jars of the fork class path (probe, launcher, the suite's"
                        + " dependencies), and every fork starts from it with the suite's folders after the jars:"
                        + " faster forks, the same fixture figures. Where a class of those folders is also in a jar,"
                        + " or the JVM will not dump or map it, forks start without one; the report says why.")
        boolean noCds;
    }

    boolean classDataSharing() {
        return !options.noCds;
    }
}
