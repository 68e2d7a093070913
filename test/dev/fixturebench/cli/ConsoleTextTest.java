package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Under a locale that cannot show the tool's typography (the POSIX one), the console gets ASCII, not question marks. */
class ConsoleTextTest {

    private static final String LINE = "init 251 ms (251–252, n=3) — Δ −3.0 ± 0.5 ms … ⚠ noisy";

    private static String printed(Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter writer = ConsoleText.writer(bytes, charset);
        writer.print(LINE);
        writer.printf("%s%n", " é");
        writer.flush();
        return bytes.toString(charset);
    }

    @Test
    void theAsciiConsoleGetsPlainFormsOfTheTypography() {
        assertEquals("init 251 ms (251-252, n=3) -- delta -3.0 +/- 0.5 ms ... ! noisy ?" + System.lineSeparator(),
                printed(StandardCharsets.US_ASCII));
    }

    @Test
    void aUnicodeConsoleGetsItAsItIs() {
        assertEquals(LINE + " é" + System.lineSeparator(), printed(StandardCharsets.UTF_8));
    }
}
