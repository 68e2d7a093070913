package dev.fixturebench.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * The console as the user's locale lets it print: in its own charset, where the tool's typography (—, –, −, Δ, ±, …)
 * becomes plain ASCII (--, -, -, delta, +/-, ...) when that charset cannot show it, as under the POSIX locale, instead
 * of question marks. Reports and pages are UTF-8 whatever the locale; only the console follows it.
 */
final class ConsoleText {

    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('—', "--"), Map.entry('–', "-"), Map.entry('−', "-"), Map.entry('Δ', "delta"),
            Map.entry('±', "+/-"), Map.entry('…', "..."), Map.entry('→', "->"), Map.entry('⚠', "!"),
            Map.entry('†', "+"), Map.entry('×', "x"), Map.entry('≥', ">="), Map.entry('≤', "<="),
            Map.entry('µ', "u"), Map.entry('·', "-"), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('≈', "~"), Map.entry('█', "#"));

    private ConsoleText() {
    }

    /** A writer on {@code stream} in the console's charset, falling back to ASCII where it cannot encode a character. */
    static PrintWriter writer(OutputStream stream) {
        return writer(stream, consoleCharset());
    }

    static PrintWriter writer(OutputStream stream, Charset charset) {
        Writer encoded = new OutputStreamWriter(stream, charset);
        return new PrintWriter(new Fallback(encoded, charset.newEncoder()), true);
    }

    /** The charset the console takes: the JVM's standard output encoding where it names one, else the locale's. */
    static Charset consoleCharset() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }

    /** Replaces each character the charset cannot encode by its ASCII form, or {@code ?} when it has none. */
    private static final class Fallback extends FilterWriter {
        private final CharsetEncoder encoder;

        Fallback(Writer out, CharsetEncoder encoder) {
            super(out);
            this.encoder = encoder;
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (encoder.canEncode(ch) || Character.isSurrogate(ch)) {
                out.write(c);
            } else {
                out.write(ASCII.getOrDefault(ch, "?"));
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }
}
