package dev.fixturebench.cli;

import picocli.CommandLine;

/**
 * Reads a finite number above a lower bound (or at it, where {@code inclusive}); anything else is bad usage, told as
 * "a {@code what}, such as {@code example}". Its subclasses are the bounds the options use.
 */
abstract class BoundedNumberConverter implements CommandLine.ITypeConverter<Double> {

    private final double bound;
    private final boolean inclusive;
    private final String what;
    private final String example;

    BoundedNumberConverter(double bound, boolean inclusive, String what, String example) {
        this.bound = bound;
        this.inclusive = inclusive;
        this.what = what;
        this.example = example;
    }

    @Override
    public Double convert(String value) {
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number: give " + what + ", such as "
                    + example);
        }
        if (!(inclusive ? number >= bound : number > bound) || Double.isInfinite(number)) {
            throw new CommandLine.TypeConversionException("'" + value + "' — " + what + ", such as " + example);
        }
        return number;
    }
}
