package dev.fixturebench.report;

/**
 * Puts text into GitHub-flavoured Markdown so it shows as written: names as code spans, prose with Markdown's and
 * HTML's special characters escaped ({@code <extensions>} would otherwise vanish as a tag), both safe in table cells.
 */
final class Markdown {

    private static final String SPECIAL = "\\`*_[]<>|#~";

    private Markdown() {
    }

    /** {@code text} as a code span, safe in a table cell: a pipe is escaped, backticks inside get a longer fence. */
    static String code(String text) {
        String fence = "`".repeat(longestRun(text, '`') + 1);
        String padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + padding + text.replace("|", "\\|") + padding + fence;
    }

    /** {@code text} as plain prose: every character Markdown or HTML would read as markup is escaped. */
    static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c == '\n' ? ' ' : c);
        }
        return escaped.toString();
    }

    /** {@code text} as a fenced block, its fence longer than any run of backticks inside. */
    static String block(String text) {
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        return fence + "\n" + text + "\n" + fence + "\n";
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
