package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.custom.CustomModule;

/** Class-scoped custom models: one instance per test class, separate from the session's, yet built identically. */
@ExtendWith(FixtureExtension.class)
class CustomModelModuleTest {

    private static CustomModule transformerInitOnly;
    private static CustomModule transformerSetup;
    private static CustomModule firstDenseSetup;

    private final CustomModule denseInitOnly;
    private final CustomModule denseSetup;

    CustomModelModuleTest(@Use("get_it_module__core_cust__initonly") CustomModule denseInitOnly,
                          @Use("get_it_module__core_cust__setup") CustomModule denseSetup) {
        this.denseInitOnly = denseInitOnly;
        this.denseSetup = denseSetup;
    }

    @BeforeAll
    static void buildTransformers(@Use("get_it_module__tl_cust__initonly") CustomModule initOnly,
                                  @Use("get_it_module__tl_cust__setup") CustomModule setup) {
        transformerInitOnly = initOnly;
        transformerSetup = setup;
    }

    @Test
    void denseModulesAreSharedWithinTheClass() {
        assertFalse(denseInitOnly.isSetUp());
        assertTrue(denseSetup.isSetUp());
        synchronized (CustomModelModuleTest.class) {
            if (firstDenseSetup == null) {
                firstDenseSetup = denseSetup;
            }
        }
        assertSame(firstDenseSetup, denseSetup, "every test instance of this class gets the same module");
    }

    @Test
    void denseModuleMatchesTheSessionOne(@Use("get_it_session__core_cust__setup") CustomModule session) {
        assertNotSame(session, denseSetup, "class scope builds its own module");
        assertEquals(session.setupReport().orElseThrow().metrics(), denseSetup.setupReport().orElseThrow().metrics(),
                "same config and seed give the same setup figures");
    }

    @Test
    void transformerModulesComeFromBeforeAll(@Use("get_it_module__tl_cust__setup") CustomModule again) {
        assertNotNull(transformerSetup);
        assertSame(transformerSetup, again, "a lifecycle method and a test see one class-scoped value");
        assertFalse(transformerInitOnly.isSetUp());
        assertEquals(transformerSetup.config().sizes().batch(), transformerSetup.setupReport().orElseThrow().examples());
    }

    @Test
    void saeModulesAreSparseAutoencoders(@Use("get_it_module__sl_cust__initonly") CustomModule initOnly,
                                         @Use("get_it_module__sl_cust__setup") CustomModule setup,
                                         @Use("get_it_session__sl_cust__setup") CustomModule session) {
        assertFalse(initOnly.isSetUp());
        assertEquals(session.setupReport().orElseThrow().metric("sae_l0"),
                setup.setupReport().orElseThrow().metric("sae_l0"));
        assertNotSame(session, setup);
    }
}
