package dev.fixturebench.probe;

/**
 * The fork protocol in one place: the probe's modes, the keys of the JSON object a fork writes, the status values
 * it reports and the native figures it can be asked for. The probe writes them; discovery and measuring read them.
 */
public final class ProbeProtocol {

    private ProbeProtocol() {
    }

    /** The first argument of {@link ProbeMain}: what the fork does. */
    public static final class Mode {
        /** List the fixture API's definitions. */
        public static final String DISCOVER = "discover";
        /** Run one empty test: launcher start-up. */
        public static final String BASELINE = "baseline";
        /**
         * Run one empty test, then the probe's machinery once ({@code ArchiveTraining}): in the fork that dumps the
         * class-data sharing archive, so it holds the JUnit, probe and API classes every measuring fork loads.
         */
        public static final String ARCHIVE = "archive";
        /** Build one fixture of the API: {@code measure FILE NAME}. */
        public static final String MEASURE = "measure";
        /** Run one test of a class, bodies skipped, for a native figure: {@code junit FILE CLASS METHOD FIGURE}. */
        public static final String JUNIT = "junit";
        /** Run one JUnit 4 test with JUnit 4's own runner, bodies skipped: {@code junit4 FILE CLASS METHOD FIGURE}. */
        public static final String JUNIT4 = "junit4";
        /** Run one TestNG test with TestNG, bodies skipped: {@code testng FILE CLASS METHOD FIGURE}. */
        public static final String TESTNG = "testng";
        /**
         * Start and stop one test resource that an application framework starts before its tests (a Quarkus
         * {@code QuarkusTestResourceLifecycleManager}), outside the framework: {@code resource FILE CLASS [KEY=VALUE…]},
         * the init arguments it is given before {@code start()}.
         */
        public static final String RESOURCE = "resource";
        /**
         * Run test classes for real in one JVM, recording every fixture build and close:
         * {@code suite FILE CLASSES_FILE [SETUP_SHOW_FILE]}, the classes one binary name per line.
         */
        public static final String SUITE = "suite";
        /** The same classes with nothing of the probe's registered, for the overhead benchmark. */
        public static final String PLAIN_SUITE = "plain-suite";

        private Mode() {
        }
    }

    /**
     * Added to a fork's result file name: the file the probe writes, with its exit code, once every shutdown hook has
     * run after it asked the JVM to exit. The JVM may still wait for threads blocked in native code then (up to 300 ms
     * for one in a selector or a socket accept); the fork's work is over, so the tool need not wait with it.
     */
    public static final String EXITED_SUFFIX = ".exited";

    /**
     * The operands of {@code measure} and {@code junit} after their own tell the fork what of the fixture API it must
     * define: a class whose {@code @Fixture} methods it reads, a source after {@link #SOURCE_OPERAND}, or one fixture of
     * a method after this prefix, as {@code FixtureDeclaration.encoded} spells it.
     */
    public static final String DECLARED_OPERAND = "declared:";

    /** See {@link #DECLARED_OPERAND}: a {@code FixtureSource} class the fork makes (and whose methods it reads). */
    public static final String SOURCE_OPERAND = "source:";

    /** Keys of the result object. */
    public static final class Key {
        public static final String STATUS = "status";
        /** The full error text, or the reason for a skip. */
        public static final String ERROR = "error";
        public static final String JVM_UPTIME_MS = "jvm_uptime_ms";
        /** Discovery: the definitions, each with the next six keys, and {@link #METHOD} where one declares it. */
        public static final String FIXTURES = "fixtures";
        public static final String NAME = "name";
        public static final String TYPE = "type";
        public static final String SCOPE = "scope";
        public static final String CATEGORY = "category";
        public static final String DECLARED_IN = "declared_in";
        public static final String DEPENDS_ON = "depends_on";
        /** The {@code @Fixture} method that builds a static fixture, by name. */
        public static final String METHOD = "method";
        /** Measuring: the figures of one build, each a number or null. */
        public static final String INIT_MS = "init_ms";
        public static final String OWN_INIT_MS = "own_init_ms";
        public static final String DEPENDENCIES_INIT_MS = "dependencies_init_ms";
        public static final String INIT_CPU_MS = "init_cpu_ms";
        public static final String TEARDOWN_MS = "teardown_ms";
        public static final String HEAP_RETAINED_MIB = "heap_retained_mib";
        public static final String ALLOCATED_MIB = "allocated_mib";
        public static final String CLASSES_LOADED = "classes_loaded";
        /**
         * A generating fixture (JUnit 4's {@code @Parameters}, TestNG's {@code @DataProvider} or {@code @Factory}):
         * how many variants (rows, instances) its build made; absent for other fixtures.
         */
        public static final String VARIANTS = "variants";
        /** Native forks: the lifecycle calls they saw, for diagnosis. */
        public static final String LIFECYCLE_CALLS = "lifecycle_calls";
        /** A profiling fork: why the build's profile could not be recorded; absent when it was (or none was asked). */
        public static final String PROFILE_ERROR = "profile_error";

        private Key() {
        }
    }

    /**
     * System properties of a fork that profiles one fixture's build (the measured one, not warm-ups) with
     * async-profiler's Java API, loaded by the probe from {@link #JAR} in a class loader of its own.
     */
    public static final class Profiling {
        /** async-profiler's native library, extracted by the tool. */
        public static final String LIBRARY = "fixturebench.profile.library";
        /** The jar holding {@code one.profiler.AsyncProfiler}; never on the suite's class path. */
        public static final String JAR = "fixturebench.profile.jar";
        /** The event: {@code wall} (the building thread alone) or {@code cpu} (every thread of the fork). */
        public static final String EVENT = "fixturebench.profile.event";
        /** The sampling interval in ms. */
        public static final String INTERVAL_MS = "fixturebench.profile.interval_ms";
        /** Where the collapsed stacks ({@code collapsed,ann}) go. */
        public static final String FILE = "fixturebench.profile.file";
        /** The event sampling wall-clock time, filtered to the building thread. */
        public static final String WALL = "wall";
        /** The event sampling CPU time; async-profiler 4.2 applies no thread filter to it. */
        public static final String CPU = "cpu";

        private Profiling() {
        }
    }

    /**
     * Keys and values of a {@link Mode#SUITE} fork's result: the suite's own outcome, one event per fixture build or
     * close, the tests, the test classes and, where {@code spring-test} is present, each class's cached context.
     */
    public static final class Suite {
        public static final String WALL_MS = "suite_wall_ms";
        public static final String TESTS = "tests";
        public static final String CLASSES = "classes";
        public static final String EVENTS = "events";
        public static final String RESOLVES = "resolves";
        public static final String CONTEXTS = "contexts";
        public static final String CONTEXT_ERROR = "context_error";
        /** What the run left out, as Surefire would (JUnit 4 classes on the Platform without Vintage); absent if nothing. */
        public static final String NOT_RUN = "not_run";
        /** Why the run ended before the launcher finished (a test called {@code System.exit}); absent when it did not. */
        public static final String STOPPED = "stopped";
        /** Event, resolve, test and class fields. */
        public static final String FIXTURE = "fixture";
        public static final String PHASE = "phase";
        public static final String KIND = "kind";
        public static final String MS = "ms";
        public static final String TOTAL_MS = "total_ms";
        public static final String TEST = "test";
        public static final String CLASS = "class";
        public static final String ID = "id";
        public static final String DISPLAY = "display";
        public static final String STATUS = "status";
        public static final String MESSAGE = "message";
        public static final String SETUP_MS = "setup_ms";
        public static final String TESTS_MS = "tests_ms";
        public static final String TEARDOWN_MS = "teardown_ms";
        public static final String TESTS_RUN = "tests_run";
        public static final String CONTEXT = "context";
        /**
         * Whether the class found its application context ready when it started (Spring's cache held it, Quarkus's
         * application was running); null when unknown.
         */
        public static final String CONTEXT_CACHED = "context_cached";
        /** How many times the class started its application (Micronaut's rebuildContext: once more per test). */
        public static final String CONTEXT_STARTS = "context_starts";
        public static final String FACETS = "facets";
        /** {@link #PHASE} values. */
        public static final String BUILD = "build";
        public static final String CLOSE = "close";
        /** Prefixes of an event's {@link #FIXTURE} key: what was built. */
        public static final String API = "api:";
        public static final String CALL = "call:";
        public static final String CLASS_WINDOW = "class:";
        public static final String TEST_WINDOW = "test:";

        private Suite() {
        }
    }

    /** Values of {@link Key#TYPE} in discovery: where a definition comes from. */
    public static final class Origin {
        public static final String DYNAMIC = "dynamic";
        public static final String STATIC = "static";

        private Origin() {
        }
    }

    /** Values of {@link Key#STATUS}; the model's {@code Status} labels are the same words. */
    public static final class Result {
        public static final String OK = "ok";
        public static final String SKIPPED = "skipped";
        public static final String ERROR = "error";
        public static final String EXIT = "exit";
        public static final String OOM = "oom";
        public static final String CRASH = "crash";

        private Result() {
        }
    }

    /** The native figures a {@link Mode#JUNIT} fork reports. */
    public static final class Figure {
        /** A class's set-up, container start to first test, less its timed lifecycle calls. */
        public static final String CLASS_EXTENSIONS = "class_extensions";
        /** One test's set-up, test start to its first {@code @BeforeEach} or body, less timed calls. */
        public static final String METHOD_EXTENSIONS = "method_extensions";
        private static final String LIFECYCLE = "lifecycle:";

        private Figure() {
        }

        /** One lifecycle call: {@code declaringClass} binary name, {@code signature} as {@code m(a.Type,int)}. */
        public static String lifecycle(String declaringClass, String signature) {
            return LIFECYCLE + declaringClass + "#" + signature;
        }

        /** The call key of a lifecycle figure, or null when {@code figure} is another kind. */
        public static String lifecycleKey(String figure) {
            return figure.startsWith(LIFECYCLE) ? figure.substring(LIFECYCLE.length()) : null;
        }
    }
}
