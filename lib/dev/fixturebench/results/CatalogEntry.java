package dev.fixturebench.results;

import java.util.List;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

/**
 * One fixture as the results' {@code catalog} and {@code list --format=json} describe it, enums as their labels.
 * The fields a results row starts with too ({@link FixtureRow}); a file without {@code used_by} counts none.
 *
 * @param name       unique name
 * @param type       its type's label ({@code static}, {@code junit}, …)
 * @param scope      its scope's label ({@code method}, {@code class}, …)
 * @param category   the category for reports
 * @param declaredIn the declaring class or FixtureSource
 * @param dependsOn  names of the fixtures it uses directly
 * @param usedBy     how many tests use it, or null when not counted
 */
public record CatalogEntry(String name, String type, String scope, String category, String declaredIn,
                           List<String> dependsOn, Integer usedBy) {

    public static CatalogEntry of(FixtureInfo fixture) {
        return new CatalogEntry(fixture.name(), fixture.type().label(), fixture.scope().label(), fixture.category(),
                fixture.declaredIn(), fixture.dependsOn(), fixture.usedBy());
    }

    FixtureInfo fixture() {
        return new FixtureInfo(name, FixtureType.of(type), FixtureScope.of(scope), category, declaredIn,
                dependsOn == null ? List.of() : dependsOn, usedBy);
    }
}
