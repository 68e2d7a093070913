package dev.fixturebench.view;

import java.math.BigDecimal;
import java.util.Locale;

import dev.fixturebench.model.Stats;

/** How the site writes figures: times in ms with their spread, memory in MiB, and raw values to sort on. */
public final class Figures {

    private Figures() {
    }

    /** {@code 412.3 ms}; a dash for none. */
    public static String ms(Double ms) {
        if (ms == null) {
            return "—";
        }
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
    }

    /** The median of {@code stats} in ms; a dash for none. */
    public static String ms(Stats stats) {
        return stats == null ? "—" : ms(stats.median());
    }

    /** {@code 398–431, n=5}: the readings' range (ms) and count; empty for none. */
    public static String range(Stats stats) {
        if (stats == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%s–%s, n=%d", number(stats.min()), number(stats.max()), stats.n());
    }

    /** {@code 12.3 MiB}; a dash for none; never {@code -0.0}. */
    public static String mib(Double mib) {
        if (mib == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f MiB", Math.abs(mib) < 0.05 ? 0.0 : mib);
    }

    /** {@code +12.3 ms (+10.2 %)}: a change in ms and in % of the earlier figure; a dash for none. */
    public static String change(Double ms, Double pct) {
        if (ms == null) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(ms) >= 100 ? "%+.0f ms" : "%+.1f ms", ms)
                + (pct == null ? "" : String.format(Locale.ROOT, " (%+.1f %%)", pct));
    }

    /** {@code 32.1 %} for a share of 0.321; a dash for none. */
    public static String share(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** A figure without its unit: one decimal below 100, none above. */
    public static String number(Double value) {
        if (value == null) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.1f", value);
    }

    /** The value a table sorts on: the plain number, or empty so that missing figures sort last. */
    public static String sortKey(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).toPlainString();
    }

    /** The median a table sorts on. */
    public static String sortKey(Stats stats) {
        return stats == null ? "" : sortKey(stats.median());
    }
}
