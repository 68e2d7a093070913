package dev.fixturebench.discovery;

import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.JavaNames;
import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Mode;

/**
 * How each kind of native fixture is measured, and by which framework's probe. Lifecycle and configuration methods,
 * rules, parameter tables and data providers are timed one by one; what Jupiter extensions do (registered extensions,
 * {@code @TempDir}, resolved parameters) or a JUnit 4 runner of the class's own can only be timed together.
 */
final class NativeProbes {

    private static final String QUARKUS_EXTENSION = "io.quarkus.test.junit.QuarkusTestExtension";

    private NativeProbes() {
    }

    static ProbeCall call(NativeFixture fixture) {
        if (fixture.kind() == NativeFixture.Kind.TEST_RESOURCE) {
            return ProbeCall.testResource(fixture.runClass(), fixture.extensions());
        }
        return ProbeCall.nativeFixture(mode(fixture.info().type()), fixture.runClass(), fixture.runMethod(),
                figure(fixture));
    }

    /** The probe mode that measures fixtures of {@code type}: each framework's are run by that framework. */
    static String mode(FixtureType type) {
        switch (type) {
            case JUNIT4:
                return Mode.JUNIT4;
            case TESTNG:
                return Mode.TESTNG;
            default:
                return Mode.JUNIT;
        }
    }

    /** What the figure covers when it is more than one method's time; null for lifecycle methods. */
    static String measuredAs(NativeFixture fixture) {
        switch (fixture.kind()) {
            case CLASS_EXTENSIONS:
                return "the class's set-up (container start to first test) less its timed lifecycle methods: time,"
                        + " CPU, allocation and classes of that work, heap it holds at the first test, teardown from"
                        + " the last test to the class's end less @AfterAll methods; extensions registered: "
                        + simpleNames(fixture) + (fixture.extensions().contains(QUARKUS_EXTENSION) ? " (the"
                        + " Quarkus application's boot, its test resources started)" : "");
            case EXTENSION_FIELD: case TEMP_DIR: case RESOLVED_PARAMETER:
                String owner = JavaNames.simpleName(fixture.runClass());
                return fixture.info().scope() == FixtureScope.CLASS
                        ? "all extension work of " + owner + " before its first test (" + owner + "#<extensions>)"
                        : "all extension work before one test of " + owner;
            case CLASS_RULE: case RULE:
                return "the rule's work before the statement it wraps (its apply included), heap it holds then;"
                        + " teardown: its work after the statement";
            case PARAMETERS:
                return "the call of the @Parameters method, which generates the class's variants (a fork runs the"
                        + " first; measured, used by counts the tests of every variant)";
            case DATA_PROVIDER:
                return "the data provider's call for one test method, which generates that test's variants"
                        + " (measured, used by counts every variant)";
            case TEST_RESOURCE:
                return "start() of the test resource in a fresh JVM, alone: made and given its init arguments as"
                        + " Quarkus does before the application starts (untimed), then start() timed; teardown: stop()."
                        + " The application's boot with it is the <extensions> row of a class that uses it";
            case RUNNER:
                return "the class's set-up under its own runner (@RunWith(" + simpleNames(fixture) + ")): runner"
                        + " creation to the first test's start, with its @BeforeClass methods and class rules;"
                        + " teardown from the last test to the class's end; the runner runs the test's body";
            default:
                return null;
        }
    }

    private static String simpleNames(NativeFixture fixture) {
        // a Quarkus class's test profile is listed after its extensions as @TestProfile(Name)
        return String.join(", ", fixture.extensions().stream()
                .map(e -> e.startsWith("@") ? e : JavaNames.simpleName(e)).toList());
    }

    private static String figure(NativeFixture fixture) {
        switch (fixture.kind()) {
            case CLASS_EXTENSIONS: case RUNNER:
                return Figure.CLASS_EXTENSIONS;
            case EXTENSION_FIELD: case TEMP_DIR: case RESOLVED_PARAMETER:
                return fixture.info().scope() == FixtureScope.CLASS ? Figure.CLASS_EXTENSIONS
                        : Figure.METHOD_EXTENSIONS;
            default:
                // a lifecycle method by its signature; a rule field by its name
                return Figure.lifecycle(fixture.info().declaredIn(),
                        fixture.signature() != null ? fixture.signature() : memberName(fixture));
        }
    }

    /** The member part of a fixture's name: {@code connection} of {@code RuleTest#connection}. */
    private static String memberName(NativeFixture fixture) {
        String name = fixture.info().name();
        return name.substring(name.lastIndexOf('#') + 1);
    }
}
