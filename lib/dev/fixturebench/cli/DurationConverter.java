package dev.fixturebench.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/** Reads a positive duration such as {@code 120}, {@code 90s}, {@code 2m} or {@code 500ms}; bare numbers are seconds. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Matcher matcher = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a duration; write a whole number with an optional unit: 500ms, 90s, 2m, 1h");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        Duration duration;
        switch (unit) {
            case "ms": duration = Duration.ofMillis(amount); break;
            case "m": duration = Duration.ofMinutes(amount); break;
            case "h": duration = Duration.ofHours(amount); break;
            default: duration = Duration.ofSeconds(amount);
        }
        if (duration.isZero()) {
            throw new CommandLine.TypeConversionException("the duration must be longer than zero");
        }
        return duration;
    }
}
