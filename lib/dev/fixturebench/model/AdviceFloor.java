package dev.fixturebench.model;

import java.util.Locale;

/**
 * Where advice stops being listed one by one: a saving under {@code savingMs} and under {@code sharePct} % of the
 * suite's wall time is counted in one line for the rest instead; the results still keep every piece of advice.
 *
 * @param savingMs a saving at least this large (ms per run) is listed
 * @param sharePct a saving at least this share of the suite's median wall time (in %) is listed
 */
public record AdviceFloor(double savingMs, double sharePct) {

    /** Under 50 ms and under 1 % of the suite's wall time: not listed one by one. */
    public static final AdviceFloor DEFAULT = new AdviceFloor(50, 1);

    /** Whether {@code saving} (ms per run) is under both limits; without a wall time ({@code null}) the ms limit alone. */
    public boolean below(double saving, Stats wallMs) {
        boolean underShare = wallMs == null || saving < wallMs.median() * sharePct / 100;
        return saving < savingMs && underShare;
    }

    /** {@code under 50 ms and under 1 % of the suite's wall time}, as the summary line says it. */
    public String describe() {
        return String.format(Locale.ROOT, "under %s ms and under %s %% of the suite's wall time", plain(savingMs),
                plain(sharePct));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
