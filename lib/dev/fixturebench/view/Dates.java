package dev.fixturebench.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the site writes a moment: {@code 2026-11-27 16:35:02 UTC}, the same for every reader. */
public final class Dates {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static String text(Instant instant) {
        return TEXT.format(instant);
    }
}
