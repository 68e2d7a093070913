package dev.fixturebench.view;

import java.util.Locale;

import dev.fixturebench.model.AdviceListing;

/** How the report and the site word the advice's listing: a pattern's size, and the one line for the rest. */
public final class AdviceLines {

    private AdviceLines() {
    }

    /** {@code 1000 fixtures, one per class}: what a pattern row holds. */
    public static String members(AdviceListing.Row row) {
        return String.format(Locale.ROOT, "%d fixtures, one per class", row.members().size());
    }

    /**
     * {@code 12 more below the floor (under 50 ms and under 1 % of the suite's wall time), 84.2 ms in all}; null when
     * every piece is listed.
     */
    public static String more(AdviceListing listing) {
        if (listing.moreFixtures() == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%d more below the floor (%s), %s in all", listing.moreFixtures(),
                listing.floor() == null ? "not listed" : listing.floor().describe(),
                Figures.ms(listing.moreSavingMs()));
    }
}
