package dev.fixturebench.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The advice as every format shows it: the listed rows, largest saving first, each one fixture or one pattern with its
 * members, and one line for the rest (below the floor). Built from the flags the run set; it decides nothing itself.
 *
 * @param rows         the listed rows, largest saving first
 * @param moreFixtures pieces of advice not listed, below the floor
 * @param moreSavingMs their savings added up (ms per run)
 * @param floor        the floor the run applied; null for a run recorded before advice had one (everything listed)
 */
public record AdviceListing(List<Row> rows, int moreFixtures, double moreSavingMs, AdviceFloor floor) {

    public AdviceListing {
        rows = List.copyOf(rows);
    }

    /**
     * One listed row: a fixture on its own, or a pattern and its members (the largest saving first).
     *
     * @param name      the fixture, or the pattern ({@code *#setUp (@BeforeEach)})
     * @param fromScope its scope now
     * @param toScope   the scope suggested; null where it could go
     * @param savingMs  build time saved per run (a pattern's: its members' added up)
     * @param reason    what the run showed
     * @param members   a pattern's fixtures' advice; empty for a fixture on its own
     */
    public record Row(String name, FixtureScope fromScope, FixtureScope toScope, double savingMs, String reason,
                      List<Advice> members) {

        public Row {
            members = List.copyOf(members);
        }

        /** Whether the row is a pattern of several fixtures. */
        public boolean pattern() {
            return !members.isEmpty();
        }

        /** {@code class}, {@code session}, or {@code none} where it could go. */
        public String toLabel() {
            return FixtureScope.targetLabel(toScope);
        }
    }

    /** Whether there is no advice at all, listed or not. */
    public boolean isEmpty() {
        return rows.isEmpty() && moreFixtures == 0;
    }

    /** The listing of {@code advice} and its {@code patterns} as their flags say; {@code floor} as the run applied it. */
    static AdviceListing of(List<Advice> advice, List<AdvicePattern> patterns, AdviceFloor floor) {
        Map<String, List<Advice>> members = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        int more = 0;
        double moreMs = 0;
        for (Advice entry : advice) {
            if (!entry.listed()) {
                more++;
                moreMs += entry.savingMs();
            } else if (entry.pattern() != null) {
                members.computeIfAbsent(entry.pattern(), k -> new ArrayList<>()).add(entry);
            } else {
                rows.add(new Row(entry.fixture(), entry.fromScope(), entry.toScope(), entry.savingMs(),
                        entry.reason(), List.of()));
            }
        }
        for (AdvicePattern pattern : patterns) {
            List<Advice> listed = members.remove(pattern.name());
            if (pattern.listed() && listed != null) {
                listed.sort(Comparator.comparingDouble((Advice a) -> -a.savingMs()).thenComparing(Advice::fixture));
                rows.add(new Row(pattern.name(), pattern.fromScope(), pattern.toScope(), pattern.savingMs(),
                        pattern.reason(), listed));
            }
        }
        // members of a pattern the results lack stay rows of their own: nothing listed is lost
        members.values().forEach(list -> list.forEach(entry -> rows.add(new Row(entry.fixture(), entry.fromScope(),
                entry.toScope(), entry.savingMs(), entry.reason(), List.of()))));
        rows.sort(Comparator.comparingDouble((Row r) -> -r.savingMs()).thenComparing(Row::name));
        return new AdviceListing(rows, more, moreMs, floor);
    }
}
