package dev.fixturebench.model;

/**
 * A habit: the same method, of the same kind, with the same advice in several test classes ({@code setUp}, a
 * {@code @BeforeEach}, in 1,000 classes), advised as one row with its members' total saving.
 *
 * @param name      {@code *#setUp (@BeforeEach)}: the method, in any class, and its kind
 * @param fromScope its members' scope now
 * @param toScope   the scope suggested; null when nothing uses them and they could go
 * @param fixtures  how many fixtures (one per class) it holds
 * @param savingMs  build time saved per run, its members' savings added up
 * @param reason    what the run showed, in a sentence
 * @param listed    whether it is listed as a row: false when its saving is below the floor
 */
public record AdvicePattern(String name, FixtureScope fromScope, FixtureScope toScope, int fixtures, double savingMs,
                            String reason, boolean listed) {

    /** Classes with the same method, of the same kind, that make a habit: fewer stay rows of their own. */
    public static final int MIN_FIXTURES = 3;

    /**
     * {@code *#setUp} for the method fixture {@code OrdersTest#setUp}: the same method in any class, what a habit is
     * made of; null for a fixture not named after its class ({@code Class#member}).
     */
    public static String anyClass(String fixture) {
        int hash = fixture.lastIndexOf('#');
        return hash <= 0 ? null : "*" + fixture.substring(hash);
    }

    /** {@code class}, {@code session}, or {@code none} where its members could go. */
    public String toLabel() {
        return FixtureScope.targetLabel(toScope);
    }
}
