package dev.fixturebench.model;

/**
 * A method of the suite's own code inside a profiled build, with the wall-clock time the build spent in it and what it
 * called (inclusive: samples that have it on the stack, times the sampling interval).
 *
 * @param method the method as {@code SimpleClass.method} ({@code <init>} for a constructor)
 * @param ms     inclusive wall-clock time in it, in ms
 */
public record Hotspot(String method, double ms) {
}
