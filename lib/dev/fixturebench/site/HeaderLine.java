package dev.fixturebench.site;

/**
 * One line of a run's header: what it is about, and what the run found.
 *
 * @param label the subject: {@code Java}, {@code Baseline start-up}, …
 * @param value the figure or text
 */
public record HeaderLine(String label, String value) {
}
