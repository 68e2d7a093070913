package dev.fixturebench.site;

import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.JavaNames;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.SuiteFixture;
import dev.fixturebench.model.Timings;
import dev.fixturebench.view.Figures;

/**
 * One measured fixture as the site shows it: its result, its page, its trend across runs, and its links.
 *
 * @param result    what measuring it gave
 * @param page      its page's file name, in the run's {@code fixtures/} folder
 * @param trend     its init median across the site's runs up to this one
 * @param dependsOn the fixtures it uses, linked where this run measured them
 * @param usedBy    the fixtures that use it, linked where this run measured them
 * @param profiles  its build's profiles, relative to its own page
 * @param inSuite   what it cost the whole suite's run ({@code --whole-suite}), or null when the run has no
 *                  whole-suite figures or never built it there
 * @param advice    the whole suite's advice on its scope; empty when there is none
 */
public record FixtureEntry(FixtureResult result, String page, Trend trend, List<Link> dependsOn, List<Link> usedBy,
                           List<ProfileLink> profiles, SuiteFixture inSuite, List<Advice> advice) {

    public FixtureEntry {
        dependsOn = List.copyOf(dependsOn);
        usedBy = List.copyOf(usedBy);
        profiles = List.copyOf(profiles);
        advice = List.copyOf(advice);
    }

    /**
     * One figure on a fixture's page.
     *
     * @param label  what it is
     * @param median its median, with unit
     * @param min    the smallest reading, or empty
     * @param max    the largest reading, or empty
     * @param mad    median absolute deviation, or empty
     * @param n      readings, or empty
     */
    public record Figure(String label, String median, String min, String max, String mad, String n) {
    }

    public String name() {
        return result.fixture().name();
    }

    public String declaredIn() {
        return JavaNames.simpleName(result.fixture().declaredIn());
    }

    /** Every figure with its spread, in the report's order. */
    public List<Figure> figures() {
        List<Figure> rows = new ArrayList<>();
        Timings times = result.timings();
        Memory memory = result.memory();
        timed(rows, "Init (dependencies included)", times.initMs());
        timed(rows, "Own init (its factory call)", times.ownInitMs());
        timed(rows, "Dependencies' init", times.dependenciesInitMs());
        timed(rows, "Init CPU time", times.initCpuMs());
        timed(rows, "Teardown", times.teardownMs());
        timed(rows, "Fork wall-clock", times.wallMs());
        timed(rows, "Wall − baseline (the pytest tool's method)", times.wallMinusBaselineMs());
        single(rows, "Heap retained (first fork)", Figures.mib(memory.heapRetainedMib()));
        single(rows, "Allocated while building (median)", Figures.mib(memory.allocatedMib()));
        single(rows, "Classes loaded (median)", memory.classesLoaded() == null ? "—"
                : String.format(java.util.Locale.ROOT, "%.0f", memory.classesLoaded()));
        single(rows, "Peak RSS above baseline (median)", Figures.mib(memory.rssDeltaMib()));
        single(rows, "GPU memory Δ (median)", Figures.mib(memory.gpuDeltaMib()));
        return rows;
    }

    private static void timed(List<Figure> rows, String label, Stats stats) {
        if (stats == null) {
            rows.add(new Figure(label, "—", "", "", "", ""));
            return;
        }
        rows.add(new Figure(label, Figures.ms(stats.median()), Figures.ms(stats.min()), Figures.ms(stats.max()),
                Figures.ms(stats.mad()), String.valueOf(stats.n())));
    }

    private static void single(List<Figure> rows, String label, String value) {
        rows.add(new Figure(label, value, "", "", "", ""));
    }
}
