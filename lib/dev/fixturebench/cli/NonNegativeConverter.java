package dev.fixturebench.cli;

/** Reads a number of at least zero, such as {@code 0}, {@code 50} or {@code 0.5}; anything else is bad usage. */
final class NonNegativeConverter extends BoundedNumberConverter {

    NonNegativeConverter() {
        super(0, true, "a number of at least 0", "50");
    }
}
