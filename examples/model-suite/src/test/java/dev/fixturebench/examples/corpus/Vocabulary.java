package dev.fixturebench.examples.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-cased words of a corpus with their counts; ids run from the most frequent word, ties alphabetical. */
public final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

    private final List<String> words;
    private final Map<String, Integer> ids;
    private final Map<String, Integer> counts;
    private final long occurrences;

    private Vocabulary(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        this.words = List.copyOf(ordered);
        Map<String, Integer> byWord = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byWord.put(ordered.get(i), i);
        }
        this.ids = Map.copyOf(byWord);
        this.occurrences = counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Counts the words of every line of {@code corpus}. */
    public static Vocabulary of(Corpus corpus) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : corpus.lines()) {
            Matcher matcher = WORD.matcher(line);
            while (matcher.find()) {
                counts.merge(matcher.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return new Vocabulary(counts);
    }

    /** Distinct words. */
    public int size() {
        return words.size();
    }

    /** Word occurrences counted, repeats included. */
    public long occurrences() {
        return occurrences;
    }

    /** The id of {@code word} (lower-cased), or -1 when it never occurs. */
    public int id(String word) {
        return ids.getOrDefault(word.toLowerCase(Locale.ROOT), -1);
    }

    /** How often {@code word} (lower-cased) occurs. */
    public int count(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** The {@code n} most frequent words, most frequent first. */
    public List<String> mostFrequent(int n) {
        return words.subList(0, Math.min(n, words.size()));
    }
}
