package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --fork-jvm-args} split as a shell splits words: a quoted value with a space stays one option. */
class JvmArgumentsTest {

    @Test
    void splitsAtSpacesOutsideQuotes() {
        assertEquals(List.of("-Xmx2g", "-XX:+UseSerialGC"), JvmArguments.split("  -Xmx2g   -XX:+UseSerialGC "));
        assertEquals(List.of("-Dgreeting=a b", "-Xmx64m"), JvmArguments.split("-Dgreeting='a b' -Xmx64m"));
        assertEquals(List.of("-Dname=a b"), JvmArguments.split("-Dname=\"a b\""));
        assertEquals(List.of("-Dq=say \"hi\""), JvmArguments.split("\"-Dq=say \\\"hi\\\"\""));
        assertEquals(List.of("-Dpath=a b"), JvmArguments.split("-Dpath=a\\ b"));
        assertEquals(List.of(""), JvmArguments.split("''"), "an empty quoted word is a word");
        assertEquals(List.of(), JvmArguments.split("   "));
    }

    @Test
    void anUnclosedQuoteSaysWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JvmArguments.split("-Dname='a b"));
        assertTrue(e.getMessage().contains("unclosed ' quote") && e.getMessage().contains("--jvm-arg"), e.getMessage());
    }
}
