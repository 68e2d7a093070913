package dev.fixturebench.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fixturebench.profile.StartupSummary;

/**
 * The start-up profile's "where start-up goes" tables as the site shows them, cut to their first rows.
 *
 * @param samples     samples in the profile
 * @param libraries   samples by library: self, and anywhere on the stack
 * @param activities  samples by VM activity
 * @param stacks      the hottest whole stacks, innermost frame first
 * @param classes     classes loaded by library, and how many came from the class-data sharing archive
 * @param firstTest   the JVM's uptime when the first test was about to run, as text, or null
 */
public record StartupView(int samples, List<Row> libraries, List<Row> activities, List<Stack> stacks,
                          List<Row> classes, String firstTest) {

    /**
     * A table row.
     *
     * @param name   the library or activity
     * @param first  the first figure, as text
     * @param second the second figure, as text, or empty
     */
    public record Row(String name, String first, String second) {
    }

    /**
     * A stack and its samples.
     *
     * @param samples the samples, as text
     * @param frames  innermost frame first, up to five
     * @param more    frames left out
     */
    public record Stack(String samples, List<String> frames, int more) {
    }

    /** The view of {@code summary}, tables cut to {@code top} rows. */
    static StartupView of(StartupSummary summary, int top) {
        int total = summary.sampleCount();
        List<Row> libraries = new ArrayList<>();
        summary.byLibrary().entrySet().stream().limit(top).forEach(e -> libraries.add(new Row(e.getKey(),
                share(e.getValue()[0], total), share(e.getValue()[1], total))));
        List<Row> activities = new ArrayList<>();
        summary.byActivity().forEach((activity, count) -> activities.add(new Row(activity, share(count, total), "")));
        List<Stack> stacks = new ArrayList<>();
        for (Map.Entry<List<String>, Integer> stack : summary.hottestStacks(top)) {
            List<String> frames = new ArrayList<>(stack.getKey());
            java.util.Collections.reverse(frames);
            stacks.add(new Stack(share(stack.getValue(), total), frames.subList(0, Math.min(5, frames.size())),
                    Math.max(0, frames.size() - 5)));
        }
        List<Row> classes = new ArrayList<>();
        summary.classesByLibrary().forEach((library, count) -> classes.add(new Row(library,
                String.valueOf(count[0]), String.valueOf(count[1]))));
        Double firstTest = summary.firstTestSeconds();
        return new StartupView(total, libraries, activities, stacks, classes,
                firstTest == null ? null : String.format(Locale.ROOT, "%.3f s", firstTest));
    }

    private static String share(int count, int total) {
        return total == 0 ? String.valueOf(count)
                : String.format(Locale.ROOT, "%d (%.1f %%)", count, 100.0 * count / total);
    }
}
