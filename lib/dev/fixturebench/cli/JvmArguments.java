package dev.fixturebench.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits {@code --fork-jvm-args}: at whitespace outside quotes, the quotes removed, as a POSIX shell splits words. */
final class JvmArguments {

    private JvmArguments() {
    }

    /** The words of {@code text}; a quote left open is bad usage. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()
                        && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("--fork-jvm-args has an unclosed " + quote + " quote: " + text
                    + ". Close it, or give each option with --jvm-arg=ARG.");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
