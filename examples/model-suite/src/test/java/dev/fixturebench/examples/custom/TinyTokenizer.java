package dev.fixturebench.examples.custom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A word-level tokenizer over a fixed tiny vocabulary, with beginning-of-sequence and unknown tokens. */
public final class TinyTokenizer {

    public static final String BOS = "<bos>";
    public static final String UNK = "<unk>";

    /** Names that can fill the subject and indirect-object slots of a prompt. */
    public static final List<String> NAMES =
            List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace", "henry");
    /** Places that fill the location slot of a prompt. */
    public static final List<String> PLACES = List.of("store", "park", "garden", "school", "station", "market");
    /** Objects that fill the object slot of a prompt. */
    public static final List<String> OBJECTS = List.of("book", "ball", "key", "letter", "drink", "ring");

    private static final List<String> FUNCTION_WORDS =
            List.of("when", "and", "went", "to", "the", "gave", "a", ",", "then", ".");

    private final List<String> words;
    private final Map<String, Integer> ids;

    private TinyTokenizer(List<String> words) {
        this.words = List.copyOf(words);
        Map<String, Integer> byWord = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            if (byWord.putIfAbsent(words.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate token '" + words.get(i) + "'");
            }
        }
        this.ids = Map.copyOf(byWord);
    }

    /** The vocabulary of the indirect-object prompts: special tokens, function words, names, places, objects. */
    public static TinyTokenizer indirectObjectVocabulary() {
        List<String> words = new ArrayList<>(List.of(BOS, UNK));
        words.addAll(FUNCTION_WORDS);
        words.addAll(NAMES);
        words.addAll(PLACES);
        words.addAll(OBJECTS);
        return new TinyTokenizer(words);
    }

    /** Number of tokens. */
    public int size() {
        return words.size();
    }

    /** The id of {@code word}, or that of {@code <unk>}. */
    public int id(String word) {
        Integer id = ids.get(word);
        return id == null ? ids.get(UNK) : id;
    }

    /** The token of {@code id}. */
    public String token(int id) {
        return words.get(id);
    }

    /** Lower-cases, splits off commas and periods, and prepends {@code <bos>}. */
    public int[] encode(String text) {
        String spaced = text.toLowerCase(Locale.ROOT).replace(",", " , ").replace(".", " . ").strip();
        String[] parts = spaced.split("\\s+");
        int[] tokens = new int[parts.length + 1];
        tokens[0] = ids.get(BOS);
        for (int i = 0; i < parts.length; i++) {
            tokens[i + 1] = id(parts[i]);
        }
        return tokens;
    }

    /** The words of {@code tokens}, space-separated, special tokens included. */
    public String decode(int[] tokens) {
        StringBuilder text = new StringBuilder();
        for (int token : tokens) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(words.get(token));
        }
        return text.toString();
    }
}
