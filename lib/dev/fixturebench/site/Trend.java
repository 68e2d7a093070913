package dev.fixturebench.site;

import dev.fixturebench.view.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One fixture's init median across a site's runs, laid out as a small SVG line: the template draws the points and
 * the line between them; runs where the fixture was not measured or did not build leave no point.
 *
 * @param width  the drawing's width, in px
 * @param height its height, in px
 * @param points one per run with a figure, oldest first
 * @param line   the SVG polyline's points attribute
 * @param change the last figure against the one before it ({@code 0.1}: 10 % slower), or null with fewer than two
 */
public record Trend(int width, int height, List<Point> points, String line, Double change) {

    /**
     * One run's figure.
     *
     * @param x     horizontal position
     * @param y     vertical position (0 at the top)
     * @param label what a point's tooltip says: the run's date and the figure
     */
    public record Point(double x, double y, String label) {
    }

    /** A run's value for the trend, or null where it has none. */
    public record Reading(String run, Double initMs) {
    }

    /** The trend of {@code readings} (oldest first) in a {@code width} × {@code height} box. */
    public static Trend of(List<Reading> readings, int width, int height) {
        List<Reading> present = readings.stream().filter(r -> r.initMs() != null).toList();
        double max = present.stream().mapToDouble(Reading::initMs).max().orElse(0);
        double min = present.stream().mapToDouble(Reading::initMs).min().orElse(0);
        double pad = 3;
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < readings.size(); i++) {
            Reading reading = readings.get(i);
            if (reading.initMs() == null) {
                continue;
            }
            double x = readings.size() == 1 ? width / 2.0 : pad + i * (width - 2 * pad) / (readings.size() - 1);
            double y = max == min ? height / 2.0
                    : pad + (max - reading.initMs()) * (height - 2 * pad) / (max - min);
            points.add(new Point(round(x), round(y), String.format(Locale.ROOT, "%s: %s", reading.run(),
                    Figures.ms(reading.initMs()))));
            line.append(line.length() == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
        }
        Double change = present.size() < 2 || present.get(present.size() - 2).initMs() <= 0 ? null
                : present.get(present.size() - 1).initMs() / present.get(present.size() - 2).initMs() - 1;
        return new Trend(width, height, points, line.toString(), change);
    }

    /** The change as text, {@code +12 %}; empty without one. */
    public String changeText() {
        return change == null ? "" : String.format(Locale.ROOT, "%+.0f %%", change * 100);
    }

    /**
     * The line as text for a table, one block per run from low ▁ to high █ ({@code ▂▅█}), with the change:
     * {@code ▂▅█ +12 %}; a dash with fewer than two points. No drawing per row, where a number serves.
     */
    public String spark() {
        if (points.size() < 2) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        double pad = 3;
        double span = height - 2 * pad;
        for (Point point : points) {
            int level = span <= 0 ? 3 : (int) Math.round((height - pad - point.y()) / span * 7);
            text.append(SPARKS.charAt(Math.max(0, Math.min(7, level))));
        }
        return change == null ? text.toString() : text + " " + changeText();
    }

    /** The blocks of {@link #spark()}, lowest first. */
    private static final String SPARKS = "▁▂▃▄▅▆▇█";

    /** The change a table sorts on; empty without one. */
    public String changeKey() {
        return change == null ? "" : String.valueOf(change);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
