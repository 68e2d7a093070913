package dev.fixturebench.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The summary of n repeated readings of one figure: median, extremes and median absolute deviation.
 *
 * @param median the middle reading (mean of the two middle ones for even n)
 * @param min    the smallest reading
 * @param max    the largest reading
 * @param mad    median absolute deviation from the median
 * @param n      how many readings
 */
public record Stats(double median, double min, double max, double mad, int n) {

    /** Summarises {@code readings}; empty when there are none. */
    public static java.util.Optional<Stats> of(List<Double> readings) {
        if (readings.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Double> sorted = new ArrayList<>(readings);
        Collections.sort(sorted);
        double median = median(sorted);
        List<Double> deviations = new ArrayList<>();
        for (double reading : sorted) {
            deviations.add(Math.abs(reading - median));
        }
        Collections.sort(deviations);
        return java.util.Optional.of(new Stats(median, sorted.get(0), sorted.get(sorted.size() - 1),
                median(deviations), sorted.size()));
    }

    /** These readings, each moved by {@code by}: the same spread and n, the median and extremes moved. */
    public Stats shifted(double by) {
        return new Stats(median + by, min + by, max + by, mad, n);
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
