package dev.fixturebench.discovery;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

/**
 * Chooses which discovered fixtures a run measures, in report order (category, then name): a name filter and
 * exclusion, categories, scopes and types (empty sets keep all), then at most {@code maxFixtures}.
 *
 * @param include     regex found in the names to keep, or null for all
 * @param exclude     regex found in the names to drop, or null for none
 * @param categories  categories to keep, compared without case
 * @param scopes      scopes to keep (all when empty)
 * @param types       types to keep (all when empty)
 * @param maxFixtures how many to keep at most, or null for all
 */
public record Selection(Pattern include, Pattern exclude, Set<String> categories,
                        Set<FixtureScope> scopes, Set<FixtureType> types, Integer maxFixtures) {

    public Selection {
        categories = lower(categories);
        scopes = Set.copyOf(scopes);
        types = Set.copyOf(types);
    }

    /** Every fixture, at most {@code maxFixtures} of them. */
    public static Selection all(Integer maxFixtures) {
        return new Selection(null, null, Set.of(), Set.of(), Set.of(), maxFixtures);
    }

    public List<FixtureInfo> apply(List<FixtureInfo> discovered) {
        return apply(discovered, Function.identity());
    }

    /** The selected items, each described by {@code info}, in report order. */
    public <T> List<T> apply(List<T> discovered, Function<T, FixtureInfo> info) {
        return discovered.stream()
                .filter(item -> keeps(info.apply(item)))
                .sorted(Comparator.comparing(info.andThen(FixtureInfo::category))
                        .thenComparing(info.andThen(FixtureInfo::name)))
                .limit(maxFixtures == null ? Long.MAX_VALUE : maxFixtures)
                .collect(Collectors.toList());
    }

    private boolean keeps(FixtureInfo f) {
        return (include == null || include.matcher(f.name()).find())
                && (exclude == null || !exclude.matcher(f.name()).find())
                && (categories.isEmpty() || categories.contains(f.category().toLowerCase(Locale.ROOT)))
                && (scopes.isEmpty() || scopes.contains(f.scope()))
                && (types.isEmpty() || types.contains(f.type()));
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
