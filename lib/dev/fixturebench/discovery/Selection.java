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
 * exclusion, categories, scopes and types (empty sets keep all), then at most {@code maxFixtures}, then the fixtures of
 * one shard.
 *
 * @param include     regex found in the names to keep, or null for all
 * @param exclude     regex found in the names to drop, or null for none
 * @param categories  categories to keep, compared without case
 * @param scopes      scopes to keep (all when empty)
 * @param types       types to keep (all when empty)
 * @param maxFixtures how many to keep at most, or null for all
 * @param shard       the shard of those to keep ({@code --shard}), or null for all
 */
public record Selection(Pattern include, Pattern exclude, Set<String> categories,
                        Set<FixtureScope> scopes, Set<FixtureType> types, Integer maxFixtures, Shard shard) {

    public Selection {
        categories = lower(categories);
        scopes = Set.copyOf(scopes);
        types = Set.copyOf(types);
    }

    /** A selection of the whole, not of a shard. */
    public Selection(Pattern include, Pattern exclude, Set<String> categories, Set<FixtureScope> scopes,
                     Set<FixtureType> types, Integer maxFixtures) {
        this(include, exclude, categories, scopes, types, maxFixtures, null);
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
                .filter(item -> shard == null || shard.contains(info.apply(item).name()))
                .collect(Collectors.toList());
    }

    /**
     * The selection as options would say it, shard aside ({@code --filter=… --max-fixtures=…}; "" for every
     * fixture): what a resumed run and the shards of one run must share.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (include != null) {
            text.append(" --filter=").append(include.pattern());
        }
        if (exclude != null) {
            text.append(" --exclude=").append(exclude.pattern());
        }
        categories.stream().sorted().forEach(c -> text.append(" --category=").append(c));
        scopes.stream().sorted().forEach(s -> text.append(" --scope=").append(s.label()));
        types.stream().sorted().forEach(t -> text.append(" --type=").append(t.label()));
        if (maxFixtures != null) {
            text.append(" --max-fixtures=").append(maxFixtures);
        }
        return text.toString().trim();
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
