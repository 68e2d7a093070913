package dev.fixturebench.model;

import java.util.List;

/**
 * Mean, median, extremes and sample standard deviation of n readings: the figures the startup command prints.
 *
 * @param mean   the arithmetic mean
 * @param median the middle reading (mean of the two middle ones for even n)
 * @param min    the smallest reading
 * @param max    the largest reading
 * @param stddev the sample standard deviation (n − 1 in the divisor; 0 for one reading)
 * @param n      how many readings
 */
public record Spread(double mean, double median, double min, double max, double stddev, int n) {

    /** Summarises {@code readings}, which must not be empty. */
    public static Spread of(List<Double> readings) {
        Stats stats = Stats.of(readings).orElseThrow(() -> new IllegalArgumentException("no readings"));
        double mean = readings.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = readings.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum();
        double stddev = readings.size() < 2 ? 0 : Math.sqrt(squares / (readings.size() - 1));
        return new Spread(mean, stats.median(), stats.min(), stats.max(), stddev, readings.size());
    }
}
