package dev.fixturebench.cli;

import picocli.CommandLine;

/** Reads a number of at least zero, such as {@code 0}, {@code 50} or {@code 0.5}; anything else is bad usage. */
final class NonNegativeConverter implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number: give one of at least 0,"
                    + " such as 50");
        }
        if (!(number >= 0) || Double.isInfinite(number)) {
            throw new CommandLine.TypeConversionException("'" + value + "' — a number of at least 0, such as 50");
        }
        return number;
    }
}
