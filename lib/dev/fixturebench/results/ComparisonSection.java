package dev.fixturebench.results;

import java.util.List;

import dev.fixturebench.model.Comparison;

/**
 * The results' {@code comparison} ({@code --compare}): the earlier file, each fixture's differences, the fixtures
 * added, removed and now failing. {@code changed} is derived again on reading.
 */
record ComparisonSection(String against, String againstGenerated, double thresholdPct, List<String> changed,
                         List<String> added, List<String> removed, List<String> nowFailing,
                         List<DeltaRow> fixtures) {

    static ComparisonSection of(Comparison comparison) {
        return new ComparisonSection(comparison.against(), comparison.againstDate(), comparison.thresholdPct(),
                comparison.changed().stream().map(Comparison.Delta::name).toList(), comparison.added(),
                comparison.removed(), comparison.nowFailing(),
                comparison.fixtures().stream().map(DeltaRow::of).toList());
    }

    Comparison comparison() {
        return new Comparison(against, againstGenerated, thresholdPct, fixtures.stream().map(DeltaRow::delta).toList(),
                added, removed, nowFailing == null ? List.of() : nowFailing);
    }

    /**
     * One fixture's differences, this run less the earlier. The file keeps whether it changed, not whether it passed
     * the noise alone: read back, a delta is beyond the noise exactly when it changed.
     */
    record DeltaRow(String name, Double initBeforeMs, Double initAfterMs, Double initDeltaMs, Double initDeltaPct,
                    Double noiseMs, Double heapDeltaMib, Double rssDeltaMib, Double gpuDeltaMib, boolean changed) {

        static DeltaRow of(Comparison.Delta delta) {
            return new DeltaRow(delta.name(), delta.initBefore(), delta.initAfter(), delta.initMs(), delta.initPct(),
                    delta.noiseMs(), delta.heapMib(), delta.rssMib(), delta.gpuMib(), delta.changed());
        }

        Comparison.Delta delta() {
            return new Comparison.Delta(name, initBeforeMs, initAfterMs, initDeltaMs, initDeltaPct, noiseMs,
                    heapDeltaMib, rssDeltaMib, gpuDeltaMib, changed, changed);
        }
    }
}
