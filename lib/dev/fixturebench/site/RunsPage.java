package dev.fixturebench.site;

import java.util.List;

/**
 * The site's front page: every run it holds, newest first.
 *
 * @param runs      the runs, newest first
 * @param totalInit the total init of the measured fixtures, run by run (oldest first)
 */
public record RunsPage(List<RunRow> runs, Trend totalInit) {

    /**
     * One run.
     *
     * @param id        its folder
     * @param generated when, as text
     * @param suite     what it measured
     * @param measured  fixtures measured, of those discovered, as text
     * @param ok        how many built
     * @param baseline  median launcher start-up, as text
     * @param totalInit sum of the init medians, as text
     * @param href      its overview, or null when its pages are not in this folder (a history carried forward)
     */
    public record RunRow(String id, String generated, String suite, String measured, int ok, String baseline,
                         String totalInit, String href) {
    }
}
