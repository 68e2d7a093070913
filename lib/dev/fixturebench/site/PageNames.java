package dev.fixturebench.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/** The site's file names: one folder per run, one page per fixture, safe for any fixture name on any file system. */
final class PageNames {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** The view the viewer opens profiles in: identical stacks merged, heaviest first. */
    static final String VIEW = "left-heavy";

    private PageNames() {
    }

    /** The run folder's name for a run started at {@code started}: {@code 20261127-163502} (UTC). */
    static String runId(Instant started) {
        return RUN_ID.format(started);
    }

    /**
     * A fixture's page, {@code model-size-large-1a2b3c4d5e6f.html}: its name's letters and digits in lower case, cut to
     * 48, and 48 bits of the whole name's SHA-256, so names that differ only in case or punctuation get pages of their
     * own.
     */
    static String fixturePage(String fixture) {
        String readable = fixture.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        readable = readable.length() > 48 ? readable.substring(0, 48) : readable;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fixture.getBytes(StandardCharsets.UTF_8));
            String suffix = HexFormat.of().formatHex(hash, 0, 6);
            return (readable.isEmpty() ? "" : readable + "-") + suffix + ".html";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code value} percent-encoded for a URL's fragment or query, spaces as {@code %20}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The link that opens {@code profile} (a path from the site's root) in the site's own speedscope viewer, in its Left
     * Heavy view, from a page {@code depth} folders below the root; titled {@code title} unless that is null.
     */
    static String viewer(String profile, String title, int depth) {
        // speedscope 1.25.0 reads profileURL, title, localProfilePath and view (time-ordered, left-heavy, sandwich) from
        // the hash; our samples are collapsed stacks, whose order is not time, so they open merged, heaviest first.
        // Its title renames every profile of the file: a file of one profile per thread is linked without one.
        return "../".repeat(depth) + "speedscope/index.html#profileURL=" + encode("../" + profile)
                + (title == null ? "" : "&title=" + encode(title)) + "&view=" + VIEW;
    }
}
