package dev.fixturebench.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fixturebench.discovery.Selection;
import dev.fixturebench.discovery.Shard;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which of the suite's fixtures a command takes: filters, a count, a shard, and whether integration tests count. */
final class SelectionMixin {

    @ArgGroup(validate = false, heading = "%nSelection:%n", order = 2)
    Options options = new Options();

    static final class Options {
        @Option(names = "--filter", paramLabel = "REGEX", order = 20,
                description = "Only fixtures whose name contains a match of REGEX.")
        Pattern filter;

        @Option(names = "--exclude", paramLabel = "REGEX", order = 21,
                description = "Leave out fixtures whose name contains a match of REGEX.")
        Pattern exclude;

        @Option(names = "--category", paramLabel = "NAME", order = 22,
                description = "Only this category (repeatable; case does not matter).")
        Set<String> categories = new LinkedHashSet<>();

        @Option(names = "--scope", paramLabel = "SCOPE", order = 23,
                description = "Only this scope: session, test, group, class or method (repeatable; test and group"
                        + " are TestNG's <test> and groups).")
        Set<FixtureScope> scopes = new LinkedHashSet<>();

        @Option(names = "--type", paramLabel = "TYPE", order = 24,
                description = "Only this type: dynamic, static, junit (Jupiter), junit4, testng or resource (a"
                        + " Quarkus test resource) (repeatable).")
        Set<FixtureType> types = new LinkedHashSet<>();

        @Option(names = "--max-fixtures", paramLabel = "N", order = 25,
                description = "After the filters, only the first N fixtures (sorted by category, then name); N >= 1, or 0"
                        + " with run --whole-suite to run the suite alone and measure no fixture in isolation.")
        Integer maxFixtures;

        @Option(names = "--shard", paramLabel = "I/N", order = 26, converter = ShardConverter.class,
                description = "Only shard I of N of the selected fixtures (a fixture's shard follows from its name"
                        + " alone, so adding one moves no other). Join the shards' results with the merge command.")
        Shard shard;

        @Option(names = "--integration-tests", order = 27,
                description = "Take the integration tests too (the classes Failsafe runs in mvn verify: IT*, *IT,"
                        + " *ITCase, or the pom's includes). By default only the classes mvn test runs count, as"
                        + " Surefire's includes and excludes in the pom say; the list command names the others.")
        boolean integrationTests;
    }

    Selection selection() {
        return new Selection(options.filter, options.exclude, options.categories, options.scopes, options.types,
                options.maxFixtures, options.shard);
    }

    Integer maxFixtures() {
        return options.maxFixtures;
    }

    boolean integrationTests() {
        return options.integrationTests;
    }
}
