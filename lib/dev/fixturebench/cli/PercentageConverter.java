package dev.fixturebench.cli;

/** Reads a percentage above zero, such as {@code 20} or {@code 12.5}; anything else is bad usage. */
final class PercentageConverter extends BoundedNumberConverter {

    PercentageConverter() {
        super(0, false, "a percentage above 0", "20");
    }
}
