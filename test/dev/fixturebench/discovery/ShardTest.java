package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import org.junit.jupiter.api.Test;

class ShardTest {

    /** 200 fixture names, in the forms a suite has them. */
    static final List<String> NAMES = IntStream.range(0, 200).mapToObj(i -> switch (i % 4) {
        case 0 -> "get_it_session__model_" + i + "__setup";
        case 1 -> "calib_sleep_" + i + "ms";
        case 2 -> "example.ServerTest" + i + "#startServer";
        default -> "fixture_" + i;
    }).toList();

    static List<FixtureInfo> fixtures(List<String> names) {
        List<FixtureInfo> fixtures = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fixtures.add(new FixtureInfo(names.get(i), FixtureType.STATIC, FixtureScope.METHOD,
                    i % 3 == 0 ? "Calibration" : "Static", "H", List.of()));
        }
        return fixtures;
    }

    static int shardOf(String name, int count) {
        int found = 0;
        for (int i = 1; i <= count; i++) {
            if (new Shard(i, count).contains(name)) {
                assertEquals(0, found, name + " is in shards " + found + " and " + i);
                found = i;
            }
        }
        assertTrue(found > 0, name + " is in no shard of " + count);
        return found;
    }

    @Test
    void parsesIOfN() {
        Shard shard = Shard.parse("2/4");
        assertEquals(2, shard.index());
        assertEquals(4, shard.count());
        assertEquals("2/4", shard.toString());
        assertEquals(new Shard(1, 1), Shard.parse(" 1/1 "));
        assertEquals(new Shard(3, 3), Shard.parse("03/3"));
    }

    @Test
    void refusesWhatIsNoShardSayingWhatIsExpected() {
        for (String text : List.of("0/2", "3/2", "1/0", "0/0")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(text), text);
            assertTrue(e.getMessage().contains("I/N with 1 <= I <= N"), e.getMessage());
            assertTrue(e.getMessage().contains(text), e.getMessage());
        }
        for (String text : List.of("a/b", "1", "1/", "/2", "-1/2", "1/2/3", "1 / 2", "", "½")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(text), text);
            assertEquals("'" + text + "' is not a shard: write I/N, e.g. 1/4 for the first of four", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Shard(-1, 2));
    }

    @Test
    void aNumberTooLargeIsRefusedSayingWhatIsExpected() {
        // --shard=1/99999999999 printed "Invalid value for option '--shard': For input string: "99999999999""
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse("1/99999999999"));
        assertTrue(e.getMessage().contains("I/N"), e.getMessage());
    }

    @Test
    void theShardsOfNAreDisjointAndCoverEveryName() {
        for (int count : new int[] {1, 2, 3, 4, 7}) {
            Set<String> covered = new HashSet<>();
            for (int i = 1; i <= count; i++) {
                Shard shard = new Shard(i, count);
                for (String name : NAMES) {
                    if (shard.contains(name)) {
                        assertTrue(covered.add(name), name + " is in two shards of " + count);
                    }
                }
            }
            assertEquals(Set.copyOf(NAMES), covered, "shards of " + count + " cover every name");
        }
    }

    @Test
    void theSplitIsRoughlyEven() {
        int[] sizes = new int[4];
        NAMES.forEach(name -> sizes[shardOf(name, 4) - 1]++);
        for (int size : sizes) {
            assertTrue(size >= 30 && size <= 70, java.util.Arrays.toString(sizes));
        }
    }

    @Test
    void addingOrRemovingAFixtureMovesNoOther() {
        List<String> more = new ArrayList<>(NAMES);
        more.add(0, "a_new_fixture");
        more.add("zz_another");
        List<String> fewer = NAMES.subList(10, 200);
        for (int count : new int[] {2, 4}) {
            for (int i = 1; i <= count; i++) {
                Selection shard = new Selection(null, null, Set.of(), Set.of(), Set.of(), null, new Shard(i, count));
                Set<String> before = names(shard.apply(fixtures(NAMES)));
                Set<String> after = names(shard.apply(fixtures(more)));
                after.removeAll(List.of("a_new_fixture", "zz_another"));
                assertEquals(before, after, "shard " + i + "/" + count + " with two fixtures added");
                Set<String> trimmed = new HashSet<>(before);
                trimmed.retainAll(fewer);
                assertEquals(trimmed, names(shard.apply(fixtures(fewer))), "with ten removed");
            }
        }
    }

    @Test
    void everyMachineComputesTheSameShard() throws Exception {
        // the first 8 bytes of the name's SHA-256, unsigned, modulo N, plus 1: no JVM- or run-dependent hash
        for (String name : List.of("calib_sleep_250ms", "get_it_session__gpt2__setup", "ServerTest#startServer",
                "naïve_ünïcode")) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            BigInteger first8 = new BigInteger(1, java.util.Arrays.copyOf(digest, 8));
            for (int count : new int[] {2, 3, 4, 10}) {
                int expected = first8.mod(BigInteger.valueOf(count)).intValue() + 1;
                assertEquals(expected, Shard.of(name, count), name + " of " + count);
                assertTrue(new Shard(expected, count).contains(name));
            }
        }
    }

    @Test
    void theShardIsTakenAfterTheFiltersAndMaxFixtures() {
        List<FixtureInfo> suite = fixtures(NAMES);
        List<FixtureInfo> first40 = Selection.all(40).apply(suite);
        assertEquals(40, first40.size());
        Set<String> union = new HashSet<>();
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            List<FixtureInfo> shard = new Selection(null, null, Set.of(), Set.of(), Set.of(), 40, new Shard(i, 3))
                    .apply(suite);
            assertTrue(shard.size() < 40, "a shard of the 40, not 40 of the shard: " + shard.size());
            assertEquals(first40.stream().filter(f -> shard.contains(f)).toList(), shard,
                    "the shard's fixtures in report order");
            union.addAll(names(shard));
            total += shard.size();
        }
        assertEquals(40, total);
        assertEquals(names(first40), union, "the shards of N together measure what the run without --shard would");

        Pattern filter = Pattern.compile("calib");
        List<FixtureInfo> filtered = new Selection(filter, null, Set.of(), Set.of(), Set.of(), 10).apply(suite);
        List<FixtureInfo> shard1 = new Selection(filter, null, Set.of(), Set.of(), Set.of(), 10, new Shard(1, 2))
                .apply(suite);
        List<FixtureInfo> shard2 = new Selection(filter, null, Set.of(), Set.of(), Set.of(), 10, new Shard(2, 2))
                .apply(suite);
        assertEquals(10, shard1.size() + shard2.size());
        assertTrue(filtered.containsAll(shard1) && filtered.containsAll(shard2));
        assertTrue(shard1.stream().allMatch(f -> f.name().startsWith("calib")));
    }

    @Test
    void describeSaysTheSelectionAsOptionsWithoutTheShard() {
        assertEquals("", Selection.all(null).describe());
        assertEquals("", new Selection(null, null, Set.of(), Set.of(), Set.of(), null, new Shard(2, 4)).describe(),
                "the shard is recorded apart");
        assertEquals("--max-fixtures=40", Selection.all(40).describe());
        Selection selection = new Selection(Pattern.compile("gpt2|bert"), Pattern.compile("_cfg"),
                Set.of("Real Model", "custom model"), Set.of(FixtureScope.METHOD, FixtureScope.SESSION),
                Set.of(FixtureType.JUNIT, FixtureType.DYNAMIC), 5, new Shard(1, 2));
        assertEquals("--filter=gpt2|bert --exclude=_cfg --category=custom model --category=real model"
                + " --scope=session --scope=method --type=dynamic --type=junit --max-fixtures=5", selection.describe());
        Selection sameOtherwise = new Selection(Pattern.compile("gpt2|bert"), Pattern.compile("_cfg"),
                Set.of("REAL MODEL", "Custom Model"), Set.of(FixtureScope.SESSION, FixtureScope.METHOD),
                Set.of(FixtureType.DYNAMIC, FixtureType.JUNIT), 5, new Shard(2, 2));
        assertEquals(selection.describe(), sameOtherwise.describe(), "the same options in any order and case");
        assertFalse(selection.describe().contains("shard"));
    }

    private static Set<String> names(List<FixtureInfo> fixtures) {
        Set<String> names = new HashSet<>();
        fixtures.forEach(f -> names.add(f.name()));
        return names;
    }
}
