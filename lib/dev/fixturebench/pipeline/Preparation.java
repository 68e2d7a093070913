package dev.fixturebench.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.discovery.CategoryRules;
import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.discovery.DiscoveredSuite;
import dev.fixturebench.discovery.Discovery;
import dev.fixturebench.discovery.DiscoveryException;
import dev.fixturebench.discovery.RulesException;
import dev.fixturebench.discovery.Selection;
import dev.fixturebench.discovery.SuiteDiscovery;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.fork.SharedArchive;
import dev.fixturebench.model.LeftOutClass;
import dev.fixturebench.probe.ProbeMain;
import dev.fixturebench.suite.ClasspathSuite;
import dev.fixturebench.suite.FixtureApi;
import dev.fixturebench.suite.MavenSuite;
import dev.fixturebench.suite.SuiteClasspath;
import dev.fixturebench.suite.SuiteException;
import dev.fixturebench.suite.TestConventions;
import dev.fixturebench.view.Dates;

/**
 * The steps every command that touches the suite shares: build it (or take the class path given), prepare its forks
 * (from a class-data sharing archive where asked), and discover its fixtures; each step's result taken from the
 * set-up cache where nothing it depends on has changed, and kept there otherwise.
 */
final class Preparation {

    private final SuiteTarget target;
    private final ForkOptions forkOptions;
    private final Optional<Checkout> checkout;
    private final SetupCache cache;

    /**
     * {@code checkout}, when known, supplies the fixture API to install on demand; {@code cache} keeps each step's
     * result.
     */
    Preparation(SuiteTarget target, ForkOptions forkOptions, Optional<Checkout> checkout, SetupCache cache) {
        this.target = target;
        this.forkOptions = forkOptions;
        this.checkout = checkout;
        this.cache = cache;
    }

    /** The set-up cache in the user's cache folder, or none ({@code --no-cache}); its warnings go to {@code console}. */
    static SetupCache cache(boolean on, Console console) {
        return on ? SetupCache.standard(line -> console.err().println(line)) : SetupCache.off();
    }

    /** The suite built, with the forkers that start its JVMs. */
    record Built(SuiteClasspath classpath, SharedArchive.Forks forks) {

        /** What starts the discovery, baseline and fixture forks. */
        Forker forker() {
            return forks.forker();
        }
    }

    /** The suite built and discovered: its fixtures, and those the selection keeps. */
    record Discovered(SuiteClasspath classpath, SharedArchive.Forks forks, DiscoveredSuite suite,
                      List<DiscoveredFixture> selected) {

        /** What starts the discovery, baseline and fixture forks. */
        Forker forker() {
            return forks.forker();
        }
    }

    /** Builds the suite and prepares its forks, in the project's folder as Surefire runs tests. */
    Built build(Path work, Progress progress) throws SuiteException, IOException {
        StepLog.mark("build");
        SuiteClasspath classpath = classpath(work, progress);
        StepLog.mark("archive");
        SharedArchive.Plan plan = SharedArchive.plan(classpath, forkOptions.forkJvmArgs(ProbeMain.WARMUP_PROPERTY),
                work, forkOptions.classDataSharing(), cache);
        if (plan.dumps()) {
            progress.phase("Dumping a class-data sharing archive for the forks (--no-cds: none)");
        }
        plan.reusedFrom().ifPresent(dumped -> progress.phase("Class-data sharing archive for these jars dumped "
                + Dates.text(dumped) + " (cache): not dumping"));
        SharedArchive.Forks forks = plan.forks(forkOptions.timeout());
        // in the project's folder, as Surefire runs tests: many read files by paths relative to it
        Path directory = target.folder();
        return new Built(classpath, new SharedArchive.Forks(forks.forker().inDirectory(directory),
                forks.withoutArchive() == null ? null : forks.withoutArchive().inDirectory(directory),
                forks.sharing()));
    }

    /** Builds the suite, prepares its forks and discovers its fixtures, keeping those {@code selection} selects. */
    Discovered discover(Path work, Progress progress, Selection selection)
            throws SuiteException, RulesException, IOException, DiscoveryException {
        CategoryRules rules = CategoryRules.load(target.folder());
        Built built = build(work, progress);
        StepLog.mark("discovery");
        List<String> context = new ArrayList<>(forkOptions.forkJvmArgs(ProbeMain.WARMUP_PROPERTY));
        context.add("in " + target.folder().toAbsolutePath().normalize());
        Discovery discovery = new Discovery(built.forker(), cache, context);
        Optional<Instant> discovered = discovery.cachedSince();
        progress.phase(discovered.map(at -> "Fixtures of this class path discovered " + Dates.text(at) + " (cache):"
                + " no discovery fork (" + built.classpath().frameworks() + ")")
                .orElse("Discovering fixtures (" + built.classpath().frameworks() + ")"));
        TestConventions conventions = target.project() == null ? TestConventions.defaults()
                : TestConventions.read(target.folder());
        DiscoveredSuite suite = new SuiteDiscovery(discovery, built.classpath(), rules, conventions,
                target.integrationTests(), cache).discover();
        long integration = suite.leftOut().stream().filter(LeftOutClass::integration).count();
        if (!suite.leftOut().isEmpty()) {
            progress.phase("Left out " + suite.leftOut().size() + " test class(es) mvn test does not run"
                    + (integration > 0 ? ", " + integration + " of them integration tests (--integration-tests"
                    + " measures those)" : "") + "; the list command names them");
        }
        return new Discovered(built.classpath(), built.forks(), suite,
                selection.apply(suite.fixtures(), DiscoveredFixture::info));
    }

    private SuiteClasspath classpath(Path work, Progress progress) throws SuiteException, IOException {
        if (target.project() != null) {
            Optional<FixtureApi> api = checkout.isPresent() ? checkout.get().fixtureApi() : Optional.empty();
            MavenSuite maven = new MavenSuite(work, api, cache);
            String suite = target.project() + (target.module() == null ? "" : " (module " + target.module() + ")");
            Optional<MavenSuite.Unchanged> unchanged = maven.unchanged(target.project(), target.module());
            if (unchanged.isPresent()) {
                progress.phase("Class path of " + suite + " unchanged since " + Dates.text(unchanged.get().built())
                        + " (cache): not building");
                return unchanged.get().classpath();
            }
            progress.phase("Building the suite with Maven: " + suite);
            return maven.resolve(target.project(), target.module());
        }
        return new ClasspathSuite(work).resolve(target.classPath(), target.testClasses());
    }
}
