package dev.fixturebench.model;

/**
 * A change of scope that would save build time in the run, with why. The tool cannot prove that the tests leave a
 * fixture's state alone; every piece of advice holds only if they do.
 *
 * @param fixture   the fixture's name
 * @param fromScope its scope now
 * @param toScope   the scope suggested; null when nothing uses it and it could go
 * @param savingMs  build time saved per run: its in-suite total less what it would cost in the new scope
 * @param reason    what the run showed, in a sentence
 * @param pattern   the {@link AdvicePattern} it is a member of, by name; null when it stands alone
 * @param listed    whether a reader sees it, alone or in its pattern's row: false when below the floor, counted in
 *                  the line for the rest
 */
public record Advice(String fixture, FixtureScope fromScope, FixtureScope toScope, double savingMs, String reason,
                     String pattern, boolean listed) {

    /** {@code class}, {@code session}, or {@code none} where the fixture could go. */
    public String toLabel() {
        return FixtureScope.targetLabel(toScope);
    }
}
