package dev.fixturebench.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count} ({@code --shard=I/N}): the fixtures whose name hashes to it. A fixture's shard
 * depends on its name alone, so adding or removing a fixture moves no other one, and every machine of a CI matrix
 * computes the same slices.
 *
 * @param index 1 to count
 * @param count how many shards, at least 1
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, not " + index + "/" + count);
        }
    }

    /** {@code I/N}, e.g. {@code 2/4}; anything else says what is expected. */
    public static Shard parse(String text) {
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: write I/N, e.g. 1/4 for the first of"
                    + " four");
        }
        try {
            return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (NumberFormatException tooLarge) {
            throw new IllegalArgumentException("'" + text + "' is not a shard: write I/N with numbers up to "
                    + Integer.MAX_VALUE + ", e.g. 1/4 for the first of four");
        }
    }

    /** Whether the fixture named {@code name} falls in this shard. */
    public boolean contains(String name) {
        return of(name, count) == index;
    }

    /** The shard, 1 to {@code count}, of the fixture named {@code name}: its SHA-256's first 8 bytes, modulo. */
    static int of(String name, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(value, count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
