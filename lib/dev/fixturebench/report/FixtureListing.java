package dev.fixturebench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.JavaNames;
import dev.fixturebench.model.LeftOutClass;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.results.CatalogEntry;
import dev.fixturebench.results.LeftOutEntry;
import dev.fixturebench.results.ResultsJson;

/**
 * Renders the list command's output: every fixture of a suite, as an aligned text table or as JSON, and the test classes left
 * out because {@code mvn test} does not run them.
 */
public final class FixtureListing {

    private static final String[] HEADER = {"Fixture", "Type", "Scope", "Category", "Declared in", "Depends on",
        "Used by"};

    private FixtureListing() {
    }

    public static String table(SuiteCatalog catalog, List<FixtureInfo> listed) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (FixtureInfo fixture : sorted(listed)) {
            rows.add(new String[] {fixture.name(), fixture.type().label(), fixture.scope().label(),
                fixture.category(),
                JavaNames.simpleName(fixture.declaredIn()), fixture.dependsOn().isEmpty() ? "-" : String.join(", ",
                    fixture.dependsOn()), fixture.usedBy() == null ? "?" : String.valueOf(fixture.usedBy())});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i])).append(i < row.length - 1 ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        text.append('\n').append(listed.size()).append(" of ").append(catalog.fixtures().size())
                .append(" fixtures; ").append(catalog.tests()).append(" tests; ")
                .append(catalog.unused().size()).append(" fixtures used by no test");
        if (!catalog.templates().isEmpty()) {
            text.append("; left out as family templates (requested by nothing): ")
                    .append(String.join(", ", catalog.templates()));
        }
        text.append('\n');
        if (!catalog.leftOut().isEmpty()) {
            text.append('\n').append(catalog.leftOut().size())
                    .append(" test class(es) left out, as mvn test leaves them:\n");
            for (LeftOutClass left : catalog.leftOut()) {
                text.append("  ").append(left.className()).append(" (").append(left.reason()).append(")\n");
            }
        }
        return text.toString();
    }

    public static String json(SuiteCatalog catalog, List<FixtureInfo> listed) {
        return ResultsJson.encode(new Listing(catalog.tests(), catalog.fixtures().size(),
                sorted(listed).stream().map(CatalogEntry::of).toList(), catalog.templates(),
                catalog.leftOut().stream().map(LeftOutEntry::of).toList()));
    }

    /** {@code list --format=json}: the suite's counts, the fixtures listed, described as the results' catalog is. */
    private record Listing(int tests, int discovered, List<CatalogEntry> fixtures, List<String> templates,
                           List<LeftOutEntry> leftOutClasses) {
    }

    private static List<FixtureInfo> sorted(List<FixtureInfo> fixtures) {
        return fixtures.stream().sorted(Comparator.comparing(FixtureInfo::category)
                .thenComparing(FixtureInfo::name)).toList();
    }
}
