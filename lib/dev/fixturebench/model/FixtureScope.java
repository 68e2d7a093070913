package dev.fixturebench.model;

/**
 * How long a fixture lives: the whole run, a TestNG {@code <test>} or group, one test class, or one test; ordered
 * from the longest.
 */
public enum FixtureScope {
    /** Built once, closed when the run ends. */
    SESSION,
    /** Built once per {@code <test>} of a TestNG suite file ({@code @BeforeTest}). */
    TEST,
    /** Built around the tests of a TestNG group ({@code @BeforeGroups}). */
    GROUP,
    /** Built once per test class. */
    CLASS,
    /** Built for each test. */
    METHOD;

    /** {@code session}, {@code test}, {@code group}, {@code class} or {@code method}, as reports and JSON write it. */
    public String label() {
        return Labels.of(this);
    }

    /** The scope labelled {@code label} (any case). */
    public static FixtureScope of(String label) {
        return Labels.parse(FixtureScope.class, label);
    }

    /** The scope advice suggests, as reports and JSON write it: its label, or {@code none} (null) where it could go. */
    public static String targetLabel(FixtureScope target) {
        return target == null ? NO_TARGET : target.label();
    }

    /** The scope {@link #targetLabel} wrote: null for {@code none}. */
    public static FixtureScope ofTarget(String label) {
        return NO_TARGET.equals(label) ? null : of(label);
    }

    private static final String NO_TARGET = "none";
}
