package dev.fixturebench.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A fork's error says what to do when the suite's code needs a JDK package its Surefire opens. */
class FailuresTest {

    @Test
    void namesTheOptionThatOpensThePackageTheSuiteNeeds() {
        String trace = "org.easymock.cglib.core.CodeGenerationException: java.lang.reflect.InaccessibleObjectException"
                + "-->Unable to make protected final java.lang.Class java.lang.ClassLoader.defineClass(java.lang.String,"
                + "byte[],int,int,java.security.ProtectionDomain) accessible: module java.base does not \"opens"
                + " java.lang\" to unnamed module @69eee410\n\tat org.easymock.cglib.core.ReflectUtils.defineClass";
        String hinted = Failures.hint(trace);
        assertTrue(hinted.startsWith(trace), "the trace is kept whole");
        assertTrue(hinted.endsWith("--fork-jvm-args='--add-opens java.base/java.lang=ALL-UNNAMED')"), hinted);
    }

    @Test
    void leavesOtherFailuresAsTheyAre() {
        String trace = "java.lang.IllegalStateException: the store is locked\n\tat Store.open(Store.java:12)";
        assertEquals(trace, Failures.hint(trace));
    }
}
