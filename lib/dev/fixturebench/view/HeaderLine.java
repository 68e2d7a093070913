package dev.fixturebench.view;

/**
 * One line of a run's header: what it is about, and what the run found.
 *
 * @param label the subject: {@code Java}, {@code Baseline start-up}, …
 * @param value the figure or text
 * @param href  the page the value links to, relative to the page showing it; null when it links nowhere
 */
public record HeaderLine(String label, String value, String href) {

    /** A line that links nowhere. */
    public HeaderLine(String label, String value) {
        this(label, value, null);
    }
}
