package dev.fixturebench.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Stats;
import dev.fixturebench.view.Figures;

/**
 * The overview's chart of the costliest fixtures, laid out for an inline SVG the template draws: one row per fixture,
 * a bar to its init median, a whisker from min to max, its heap beside it. Readable without JavaScript.
 *
 * @param width  the drawing's width, in px
 * @param height its height, in px
 * @param valueX where the init column ends (its text is right-aligned)
 * @param plotX  where the bars start
 * @param plotWidth the bars' span for the largest max
 * @param heapX  where the heap column ends (right-aligned)
 * @param scaleMs the time at the bars' full span, in ms
 * @param bars   the rows, costliest first
 */
public record BarChart(int width, int height, int valueX, int plotX, int plotWidth, int heapX, double scaleMs, List<Bar> bars) {

    static final int ROW = 24;
    static final int TOP = 28;

    /**
     * One fixture's row.
     *
     * @param name     the fixture
     * @param href     its page, relative to the overview
     * @param y        the row's top
     * @param barWidth the bar's length: init median
     * @param minX     whisker start: the fastest reading
     * @param maxX     whisker end: the slowest reading
     * @param init     the median as text
     * @param range    the readings' range as text
     * @param heap     heap retained as text
     */
    public record Bar(String name, String href, int y, double barWidth, double minX, double maxX, String init,
                      String range, String heap) {

        /** The name cut to fit the label column; the full name is the bar's tooltip. */
        public String shortName() {
            return name.length() <= 36 ? name : name.substring(0, 35) + "…";
        }
    }

    /** The {@code limit} ok fixtures of {@code results} with the largest init medians; {@code page} names their pages. */
    static BarChart of(List<FixtureResult> results, int limit, java.util.function.Function<String, String> page) {
        List<FixtureResult> costliest = results.stream().filter(r -> r.ok() && r.timings().initMs() != null)
                .sorted(Comparator.comparingDouble((FixtureResult r) -> r.timings().initMs().median()).reversed()
                        .thenComparing(r -> r.fixture().name()))
                .limit(limit).toList();
        int width = 920;
        int valueX = 330;
        int plotX = 345;
        int plotWidth = 460;
        int heapX = width - 4;
        double scale = costliest.stream().mapToDouble(r -> r.timings().initMs().max()).max().orElse(1);
        scale = scale <= 0 ? 1 : scale;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < costliest.size(); i++) {
            FixtureResult result = costliest.get(i);
            Stats init = result.timings().initMs();
            double perMs = plotWidth / scale;
            bars.add(new Bar(result.fixture().name(), page.apply(result.fixture().name()), TOP + i * ROW,
                    round(init.median() * perMs), round(plotX + init.min() * perMs),
                    round(plotX + init.max() * perMs), Figures.ms(init),
                    Figures.range(init), Figures.mib(result.memory().heapRetainedMib())));
        }
        return new BarChart(width, TOP + costliest.size() * ROW + 8, valueX, plotX, plotWidth, heapX, scale, bars);
    }

    /** The scale's end as text. */
    public String scaleLabel() {
        return Figures.ms(scaleMs);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
