package dev.fixturebench.probe;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the suite's fixture set-ups and teardowns as they happen, the way pytest's {@code --setup-show} prints them:
 * {@code SETUP    C Class#<extensions> 412.0 ms}, indented under the class or test they ran for. A line per event,
 * flushed at once, so the tool can follow the file while the suite runs; writes nothing when no file was given.
 */
final class SetupShow implements AutoCloseable {

    private final Writer out;

    private SetupShow(Writer out) {
        this.out = out;
    }

    /** Lines to {@code file}, or none when {@code file} is null. */
    static SetupShow to(Path file) throws IOException {
        if (file == null) {
            return new SetupShow(null);
        }
        // a name with broken UTF-16 (a lone surrogate) is written as '?', never a failure that sticks in the buffer
        return new SetupShow(new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))));
    }

    void classStarted(String className) {
        line(className);
    }

    void test(String display) {
        line("  " + display);
    }

    void testFinished(String status, double ms) {
        line(String.format(Locale.ROOT, "      %s %.1f ms", status, ms));
    }

    /** {@code what} is SETUP or TEARDOWN; {@code scope} S, C or M; indented under the test while one runs. */
    void fixture(String what, String scope, String name, double ms, boolean inTest) {
        line(String.format(Locale.ROOT, "%s%-8s %s %s %.1f ms", inTest ? "      " : "    ", what, scope, name, ms));
    }

    private void line(String text) {
        if (out == null) {
            return;
        }
        try {
            out.write(text);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            // the listing is a convenience: the run's figures do not depend on it
        }
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the listing is a convenience: closing it never fails the run
            }
        }
    }
}
