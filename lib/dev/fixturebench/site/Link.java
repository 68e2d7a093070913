package dev.fixturebench.site;

/**
 * A name shown on a page, with the page it links to.
 *
 * @param text what the link says
 * @param href where it goes, relative to the page showing it; null when there is no page to go to
 */
public record Link(String text, String href) {
}
