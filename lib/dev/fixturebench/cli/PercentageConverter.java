package dev.fixturebench.cli;

import picocli.CommandLine;

/** Reads a percentage above zero, such as {@code 20} or {@code 12.5}; anything else is bad usage. */
final class PercentageConverter implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        double pct;
        try {
            pct = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number: give a percentage above 0,"
                    + " such as 20");
        }
        if (!(pct > 0) || Double.isInfinite(pct)) {
            throw new CommandLine.TypeConversionException("'" + value + "' — a percentage above 0, such as 20");
        }
        return pct;
    }
}
