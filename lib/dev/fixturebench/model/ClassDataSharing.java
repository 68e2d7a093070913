package dev.fixturebench.model;

/**
 * Whether the run's forks started from a class-data sharing archive (dumped for the run, or reused from the set-up
 * cache), and why or why not.
 * {@code detail} is never null: what the archive holds when it was used, else why the forks started without one.
 *
 * @param used   whether the forks (discovery, baseline, fixtures) mapped the run's archive
 * @param detail what the archive holds when used; the reason the forks ran without one when not
 */
public record ClassDataSharing(boolean used, String detail) {
}
