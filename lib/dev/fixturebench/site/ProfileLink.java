package dev.fixturebench.site;

/**
 * A profile opened in the site's own speedscope viewer.
 *
 * @param event   what it sampled: {@code wall}, {@code cpu}, …
 * @param viewer  the viewer link, relative to the page showing it
 * @param file    the speedscope file itself, relative to the page showing it
 * @param samples how many samples it holds, or null when not known
 */
public record ProfileLink(String event, String viewer, String file, Integer samples) {
}
