package dev.fixturebench.api;

/**
 * How long a fixture value lives: once per test run, once per test class, or once per test method.
 * A fixture may only use fixtures of the same or a wider scope.
 */
public enum Scope {
    METHOD, CLASS, SESSION;

    /** Whether a fixture of this scope may depend on one of {@code other}'s scope. */
    public boolean mayUse(Scope other) {
        return other.ordinal() >= ordinal();
    }

    /** The lower-case name used in reports: {@code session}, {@code class}, {@code method}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
