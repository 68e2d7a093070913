package dev.fixturebench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FixtureRegistryTest {

    private static FixtureDefinition definition(String name, Scope scope, String... dependencies) {
        return FixtureDefinition.of(name, scope, "", List.of(dependencies), values -> name);
    }

    @Test
    void spellsOutADependencyCycle() {
        FixtureConfigurationException error = assertThrows(FixtureConfigurationException.class, () ->
                FixtureRegistry.of(List.of(definition("model", Scope.SESSION, "tokenizer"),
                        definition("tokenizer", Scope.SESSION, "vocabulary"),
                        definition("vocabulary", Scope.SESSION, "model"))));
        assertTrue(error.getMessage().contains("fixture dependency cycle: model -> tokenizer -> vocabulary -> model"),
                error.getMessage());
    }

    @Test
    void namesTheClosestFixturesForAnUnknownDependency() {
        FixtureConfigurationException error = assertThrows(FixtureConfigurationException.class, () ->
                FixtureRegistry.of(List.of(definition("gpt2_setup", Scope.SESSION, "gpt2_confg"),
                        definition("gpt2_config", Scope.SESSION), definition("unrelated_server", Scope.SESSION))));
        assertTrue(error.getMessage().contains("uses unknown fixture 'gpt2_confg'; closest known: [gpt2_config"),
                error.getMessage());
    }

    @Test
    void namesTheClosestFixturesForAnUnknownName() {
        FixtureRegistry registry = FixtureRegistry.of(List.of(definition("get_it_session__core_cust__setup",
                Scope.SESSION), definition("calib_sleep_250ms", Scope.METHOD)));
        FixtureConfigurationException error = assertThrows(FixtureConfigurationException.class, () ->
                registry.require("get_it_sesion__core_cust__setup"));
        assertEquals("No fixture named 'get_it_sesion__core_cust__setup'; closest known: "
                + "get_it_session__core_cust__setup, calib_sleep_250ms", error.getMessage());
    }

    @Test
    void refusesAWideFixtureUsingANarrowerOne() {
        FixtureConfigurationException error = assertThrows(FixtureConfigurationException.class, () ->
                FixtureRegistry.of(List.of(definition("model", Scope.SESSION, "batch"),
                        definition("batch", Scope.METHOD))));
        assertTrue(error.getMessage().contains("'model' (session scope) cannot use 'batch' (method scope)"),
                error.getMessage());
    }

    @Test
    void refusesDuplicateNames() {
        FixtureConfigurationException error = assertThrows(FixtureConfigurationException.class, () ->
                FixtureRegistry.of(List.of(definition("model", Scope.SESSION), definition("model", Scope.CLASS))));
        assertTrue(error.getMessage().contains("fixture 'model' is defined twice"), error.getMessage());
    }

    @Test
    void findsAnnotatedFixturesOnTheClassPath() {
        FixtureDefinition method = FixtureRegistry.shared().require("lifecycle_method");
        assertEquals(Scope.METHOD, method.scope());
        assertEquals(List.of("lifecycle_class"), method.dependencies());
        assertEquals(LifecycleFixtures.class.getName(), method.origin().declaredIn());
        assertTrue(!method.origin().generated());
    }

    @Test
    void readsOnlyTheNamedHoldersWhenTheForksPropertyNamesThem() {
        String before = System.getProperty(FixtureRegistry.HOLDERS_PROPERTY);
        try {
            System.setProperty(FixtureRegistry.HOLDERS_PROPERTY, LifecycleFixtures.class.getName());
            FixtureRegistry named = FixtureRegistry.load(getClass().getClassLoader());
            assertEquals(List.of("lifecycle_aborting", "lifecycle_broken", "lifecycle_class", "lifecycle_method",
                    "lifecycle_session"), named.definitions().stream().map(FixtureDefinition::name).sorted().toList(),
                    "that class's fixtures alone");
            assertEquals("registry_other", named.require("registry_other").name(),
                    "a name the holders lack is found by a scan after all");
            System.clearProperty(FixtureRegistry.HOLDERS_PROPERTY);
            assertTrue(FixtureRegistry.load(getClass().getClassLoader()).definitions().stream()
                    .anyMatch(d -> d.name().equals("registry_other")), "a scan finds the other holder's too");

            System.setProperty(FixtureRegistry.HOLDERS_PROPERTY, "example.Missing");
            FixtureConfigurationException missing = assertThrows(FixtureConfigurationException.class,
                    () -> FixtureRegistry.load(getClass().getClassLoader()));
            assertTrue(missing.getMessage().contains("cannot load example.Missing"), missing.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(FixtureRegistry.HOLDERS_PROPERTY);
            } else {
                System.setProperty(FixtureRegistry.HOLDERS_PROPERTY, before);
            }
        }
    }

    @Test
    void makesANamedSourceAndSaysWhichOneCannotBeMade() {
        try {
            System.setProperty(FixtureRegistry.SOURCES_PROPERTY, GeneratingSource.class.getName());
            System.setProperty(FixtureRegistry.HOLDERS_PROPERTY, LifecycleFixtures.class.getName());
            FixtureRegistry named = FixtureRegistry.load(getClass().getClassLoader());
            FixtureDefinition generated = named.require("generated_after_session");
            assertTrue(generated.origin().generated());
            assertEquals(GeneratingSource.class.getName(), generated.origin().declaredIn());
            assertEquals(List.of("lifecycle_session"), generated.dependencies(),
                    "its dependency, declared by the named holder, checked");
            FixtureDefinition own = named.require("source_own_method");
            assertTrue(!own.origin().generated(), "the source's own @Fixture method is read too");
            System.setProperty(FixtureRegistry.HOLDERS_PROPERTY, LifecycleFixtures.class.getName() + ","
                    + GeneratingSource.class.getName());
            assertEquals(named.definitions().size(), FixtureRegistry.load(getClass().getClassLoader()).definitions()
                    .size(), "a source the holders also name (for an older registry's sake) is read once");

            System.setProperty(FixtureRegistry.SOURCES_PROPERTY, BrokenSource.class.getName());
            FixtureConfigurationException broken = assertThrows(FixtureConfigurationException.class,
                    () -> FixtureRegistry.load(getClass().getClassLoader()));
            assertTrue(broken.getMessage().contains(BrokenSource.class.getName() + " failed in its constructor")
                    && broken.getMessage().contains("no table here"), broken.getMessage());
            assertEquals("no table here", broken.getCause().getMessage());

            System.setProperty(FixtureRegistry.SOURCES_PROPERTY, LifecycleFixtures.class.getName());
            FixtureConfigurationException notASource = assertThrows(FixtureConfigurationException.class,
                    () -> FixtureRegistry.load(getClass().getClassLoader()));
            assertTrue(notASource.getMessage().contains("does not implement"), notASource.getMessage());
        } finally {
            System.clearProperty(FixtureRegistry.SOURCES_PROPERTY);
            System.clearProperty(FixtureRegistry.HOLDERS_PROPERTY);
        }
    }

    @Test
    void definesADeclaredFixtureFromItsMethodWithEveryFieldAsDeclared() throws Exception {
        String hostile = "model, 100% \"new\"; café + tab\tend";
        String declared = FixtureDeclaration.joined(List.of(
                new FixtureDeclaration("lifecycle_session", Scope.SESSION, "", LifecycleFixtures.class.getName(),
                        "session", List.of()).encoded(),
                new FixtureDeclaration(hostile, Scope.CLASS, "Deep; Category, 2", LifecycleFixtures.class.getName(),
                        "perClass", List.of("lifecycle_session")).encoded()));
        try {
            System.setProperty(FixtureRegistry.DECLARED_PROPERTY, declared);
            FixtureRegistry registry = FixtureRegistry.load(getClass().getClassLoader());
            assertEquals(List.of("lifecycle_session", hostile),
                    registry.definitions().stream().map(FixtureDefinition::name).toList(),
                    "those two alone, the class not read whole");
            FixtureDefinition perClass = registry.require(hostile);
            assertEquals(Scope.CLASS, perClass.scope());
            assertEquals("Deep; Category, 2", perClass.category());
            assertEquals(List.of("lifecycle_session"), perClass.dependencies());
            assertEquals(new FixtureDefinition.Origin(LifecycleFixtures.class.getName(), false), perClass.origin());
            assertEquals("perClass", FixtureRegistry.methodName(perClass));
            Object built = perClass.factory().create(new FixtureFactory.Dependencies() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> T get(String name) {
                    return (T) new LifecycleFixtures.Tracked(name, 0);
                }
            });
            assertEquals("lifecycle_class", ((LifecycleFixtures.Tracked) built).name(), "the method ran");

            System.setProperty(FixtureRegistry.DECLARED_PROPERTY, new FixtureDeclaration("renamed", Scope.METHOD, "",
                    LifecycleFixtures.class.getName(), "perMethod", List.of()).encoded());
            FixtureConfigurationException stale = assertThrows(FixtureConfigurationException.class,
                    () -> FixtureRegistry.load(getClass().getClassLoader()));
            assertTrue(stale.getMessage().contains("fixture 'renamed' is declared as static method "
                    + LifecycleFixtures.class.getName() + ".perMethod with 0 parameter(s)"), stale.getMessage());

            System.setProperty(FixtureRegistry.DECLARED_PROPERTY, "x METHOD");
            FixtureConfigurationException garbled = assertThrows(FixtureConfigurationException.class,
                    () -> FixtureRegistry.load(getClass().getClassLoader()));
            assertTrue(garbled.getMessage().startsWith("not a fixture declaration"), garbled.getMessage());
        } finally {
            System.clearProperty(FixtureRegistry.DECLARED_PROPERTY);
        }
    }

    @Test
    void anOverloadOfTheSameArityIsToldApartByTheNameItsAnnotationGives() throws Exception {
        try {
            String holder = Overloads.class.getName();
            System.setProperty(FixtureRegistry.DECLARED_PROPERTY, FixtureDeclaration.joined(List.of(
                    new FixtureDeclaration("overload_small", Scope.METHOD, "", holder, "model",
                            List.of("overload_size")).encoded(),
                    new FixtureDeclaration("overload_large", Scope.METHOD, "", holder, "model",
                            List.of("overload_size")).encoded(),
                    new FixtureDeclaration("overload_size", Scope.METHOD, "", holder, "size", List.of()).encoded())));
            FixtureRegistry registry = FixtureRegistry.load(getClass().getClassLoader());
            FixtureFactory.Dependencies three = new FixtureFactory.Dependencies() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> T get(String name) {
                    return (T) Integer.valueOf(3);
                }
            };
            assertEquals("small 3", registry.require("overload_small").factory().create(three));
            assertEquals("large 3", registry.require("overload_large").factory().create(three));
        } finally {
            System.clearProperty(FixtureRegistry.DECLARED_PROPERTY);
        }
    }

    /** Two fixtures of one method name and arity. */
    static final class Overloads {
        @Fixture(name = "overload_size")
        static Integer size() {
            return 3;
        }

        @Fixture(name = "overload_small")
        static String model(@Use("overload_size") Integer size) {
            return "small " + size;
        }

        @Fixture(name = "overload_large")
        static String model(@Use("overload_size") Number size) {
            return "large " + size;
        }
    }

    /** A source a fork names: made as its service provider would be; it declares a fixture by a method too. */
    public static final class GeneratingSource implements FixtureSource {
        @Override
        public List<FixtureDefinition> definitions() {
            return List.of(definition("generated_after_session", Scope.METHOD, "lifecycle_session"));
        }

        @Fixture(name = "source_own_method")
        static String own() {
            return "own";
        }
    }

    /** A source whose constructor fails. */
    public static final class BrokenSource implements FixtureSource {
        public BrokenSource() {
            throw new IllegalStateException("no table here");
        }

        @Override
        public List<FixtureDefinition> definitions() {
            return List.of();
        }
    }

    /** A second class declaring a fixture, which a scan finds and a load of named holders does not. */
    static final class OtherHolder {
        @Fixture(name = "registry_other")
        static String other() {
            return "other";
        }
    }
}
