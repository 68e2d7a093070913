package dev.fixturebench.model;

import java.util.List;

/**
 * A run set against an earlier one ({@code --compare}): each fixture both measured with its differences, the fixtures
 * only one of them has, and those whose init changed beyond both runs' noise and the threshold.
 *
 * @param against      the earlier results file, as given
 * @param againstDate  when the earlier results were written
 * @param thresholdPct the change in init, in %, below which no difference counts as a change
 * @param fixtures     every fixture both runs measured ok, in this run's order
 * @param added        fixtures only this run measured
 * @param removed      fixtures only the earlier run measured
 * @param nowFailing   fixtures that built ok before and not now, each as {@code name (status)}
 */
public record Comparison(String against, String againstDate, double thresholdPct, List<Delta> fixtures,
                         List<String> added, List<String> removed, List<String> nowFailing) {

    public Comparison {
        fixtures = List.copyOf(fixtures);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        nowFailing = List.copyOf(nowFailing);
    }

    /** A comparison in which no fixture stopped building. */
    public Comparison(String against, String againstDate, double thresholdPct, List<Delta> fixtures,
                      List<String> added, List<String> removed) {
        this(against, againstDate, thresholdPct, fixtures, added, removed, List.of());
    }

    /**
     * One fixture's differences, this run less the earlier; each null where either run lacks the figure.
     *
     * @param name        the fixture
     * @param initBefore  the earlier init median, ms
     * @param initAfter   this run's init median, ms
     * @param initMs      init difference, ms
     * @param initPct     init difference, % of the earlier
     * @param noiseMs     what the two runs' spreads allow: a difference within it is noise
     * @param heapMib     heap retained difference
     * @param rssMib      RSS difference
     * @param gpuMib      GPU memory difference
     * @param beyondNoise whether the init difference passes both runs' noise: over the noise, the ranges apart
     * @param changed     whether it passes the noise and the threshold too
     */
    public record Delta(String name, Double initBefore, Double initAfter, Double initMs, Double initPct,
                        Double noiseMs, Double heapMib, Double rssMib, Double gpuMib, boolean beyondNoise,
                        boolean changed) {

        /** Changed, and slower. */
        public boolean slower() {
            return changed && initMs != null && initMs > 0;
        }
    }

    /** The fixtures whose init changed, slower and faster. */
    public List<Delta> changed() {
        return fixtures.stream().filter(Delta::changed).toList();
    }
}
