package dev.fixturebench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.fixturebench.suite.FixtureApi;
import dev.fixturebench.suite.SuiteException;

/**
 * The checkout of Fixture Bench this run comes from — the folder of bench.java, the bundled example and the fixture
 * API's build — found from the script's side, never from where the user stands, wherever possible: the
 * {@code fixturebench.home} property, else the folder of the ./jbang wrapper that launched the run, else the current
 * directory. JBang tells a script nothing of its own path, so the wrapper (which exports its resolved path as
 * {@code JBANG_LAUNCH_CMD}, also when it is linked onto the PATH as {@code jbang}) is what makes an installed command
 * work from anywhere; with JBang's own launcher, {@code fixturebench.home} does.
 *
 * @param directory the folder that holds bench.java
 */
public record Checkout(Path directory) {

    /** System property naming the checkout, e.g. {@code jbang app install -Dfixturebench.home=DIR ...}. */
    public static final String HOME_PROPERTY = "fixturebench.home";
    static final String EXAMPLE = "examples/model-suite";

    /**
     * The checkout, or empty when no candidate holds bench.java. Throws {@link IllegalArgumentException}, saying what
     * to do, when {@code fixturebench.home} is set to a folder that is not a checkout.
     */
    public static Optional<Checkout> locate() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null) {
            Path directory = Path.of(home).toAbsolutePath().normalize();
            if (!isCheckout(directory)) {
                throw new IllegalArgumentException("-D" + HOME_PROPERTY + "=" + home + " names no checkout of Fixture"
                        + " Bench: " + directory + " has no bench.java. Point it at the folder that holds bench.java,"
                        + " or leave it out.");
            }
            return Optional.of(new Checkout(directory));
        }
        List<Path> candidates = new ArrayList<>();
        String launcher = System.getenv("JBANG_LAUNCH_CMD");
        if (launcher != null && !launcher.isBlank()) {
            candidates.add(Path.of(launcher).toAbsolutePath().getParent());
        }
        candidates.add(Path.of("").toAbsolutePath());
        return candidates.stream().filter(d -> d != null && isCheckout(d)).findFirst()
                .map(d -> new Checkout(d.normalize()));
    }

    /** The bundled example suite, benchmarked when no suite is named. */
    public Path example() {
        return directory.resolve(EXAMPLE);
    }

    /** The fixture API's Maven build, when this checkout has it. */
    Optional<FixtureApi> fixtureApi() throws SuiteException, IOException {
        Path pom = directory.resolve("api/pom.xml");
        if (!Files.isRegularFile(pom)) {
            return Optional.empty();
        }
        return Optional.of(FixtureApi.read(pom, directory.resolve("lib/dev/fixturebench/api")));
    }

    private static boolean isCheckout(Path directory) {
        return Files.isRegularFile(directory.resolve("bench.java"));
    }
}
