package dev.fixturebench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.JavaNames;
import dev.fixturebench.model.LeftOutClass;
import dev.fixturebench.model.SuiteCatalog;

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
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("tests", catalog.tests());
        root.put("discovered", catalog.fixtures().size());
        ArrayNode fixtures = root.putArray("fixtures");
        sorted(listed).forEach(f -> JsonReport.describe(fixtures.addObject(), f));
        JsonReport.strings(root, "templates", catalog.templates());
        JsonReport.leftOut(root, catalog.leftOut());
        return JsonReport.write(root);
    }

    private static List<FixtureInfo> sorted(List<FixtureInfo> fixtures) {
        return fixtures.stream().sorted(Comparator.comparing(FixtureInfo::category)
                .thenComparing(FixtureInfo::name)).toList();
    }
}
