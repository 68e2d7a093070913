package dev.fixturebench.site;

/**
 * What every page of one run shows around its content: the run, and the way back to the site's root.
 *
 * @param title     the page's own title
 * @param runId     the run's folder
 * @param generated when the run's results were written, as text
 * @param suite     the suite measured
 * @param root      the relative path from the page to the site's root, ending in {@code /} (or empty)
 * @param active    which of the run's pages this is: {@code overview}, {@code fixtures}, {@code startup},
 *                  {@code suite}, or {@code fixture}
 * @param wholeSuite whether the run has the whole suite's page ({@code --whole-suite}), linked beside the others
 */
public record RunPage(String title, String runId, String generated, String suite, String root, String active,
                      boolean wholeSuite) {

    /** The relative path from the page to its run's folder. */
    public String run() {
        return root + "runs/" + runId + "/";
    }
}
