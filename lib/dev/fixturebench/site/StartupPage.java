package dev.fixturebench.site;

import dev.fixturebench.view.HeaderLine;

import java.util.List;

/**
 * A run's start-up page: the start-up profile, opened in the viewer, and where its samples go.
 *
 * @param page    the run and the way back
 * @param lines   the profile's figures, or why there is none
 * @param profile the profile in the viewer, or null when none was recorded
 * @param summary where start-up goes, or null when the profile could not be summarised
 * @param note    why there is no summary, or null
 */
public record StartupPage(RunPage page, List<HeaderLine> lines, ProfileLink profile, StartupView summary,
                          String note) {
}
