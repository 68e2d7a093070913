package dev.fixturebench.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How the suite's forks start: their time limit and the user's JVM options. */
final class ForkMixin {

    @ArgGroup(validate = false, heading = "%nForks:%n", order = 4)
    Options options = new Options();

    static final class Options {
        @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "120s",
                converter = DurationConverter.class, order = 40,
                description = "Time limit per fork (500ms, 90s, 2m); a fork past it is killed. Default:"
                        + " ${DEFAULT-VALUE}.")
        Duration timeout;

        @Option(names = "--jvm-arg", paramLabel = "ARG", order = 41,
                description = "One JVM option for every fork, passed as it is (repeatable): --jvm-arg=-Xmx2g"
                        + " --jvm-arg='-Dgreeting=a b'.")
        List<String> jvmArgs = new ArrayList<>();

        @Option(names = "--fork-jvm-args", paramLabel = "ARGS", order = 42,
                description = "JVM options for every fork in one string, split at spaces outside quotes (an alias"
                        + " of several --jvm-arg): --fork-jvm-args=\"-Xmx2g -Dgreeting='a b'\".")
        String forkJvmArgs = "";
    }

    Duration timeout() {
        return options.timeout;
    }

    /** The forks' JVM options: {@code --fork-jvm-args} split as a shell would split it, then each {@code --jvm-arg}. */
    List<String> jvmArgs() {
        List<String> arguments = new ArrayList<>(JvmArguments.split(options.forkJvmArgs));
        arguments.addAll(options.jvmArgs);
        return arguments;
    }
}
