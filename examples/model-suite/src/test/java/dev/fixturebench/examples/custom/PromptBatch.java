package dev.fixturebench.examples.custom;

import java.util.Random;

/**
 * Indirect-object prompts such as "when alice and bob went to the park , bob gave a ball to", with the
 * right answer ("alice") and the distractor ("bob") of each, all the same length.
 */
public record PromptBatch(int[][] tokens, int[] answers, int[] distractors) {

    public PromptBatch {
        if (tokens.length != answers.length || tokens.length != distractors.length || tokens.length == 0) {
            throw new IllegalArgumentException("a batch needs one answer and one distractor per prompt");
        }
    }

    /** {@code size} prompts drawn with {@code seed}, encoded with {@code tokenizer}. */
    public static PromptBatch indirectObject(TinyTokenizer tokenizer, int size, long seed) {
        Random random = new Random(seed);
        int[][] tokens = new int[size][];
        int[] answers = new int[size];
        int[] distractors = new int[size];
        for (int i = 0; i < size; i++) {
            String indirect = pick(TinyTokenizer.NAMES, random);
            String subject;
            do {
                subject = pick(TinyTokenizer.NAMES, random);
            } while (subject.equals(indirect));
            boolean indirectFirst = random.nextBoolean();
            String prompt = String.format("when %s and %s went to the %s, %s gave a %s to",
                    indirectFirst ? indirect : subject, indirectFirst ? subject : indirect,
                    pick(TinyTokenizer.PLACES, random), subject, pick(TinyTokenizer.OBJECTS, random));
            tokens[i] = tokenizer.encode(prompt);
            answers[i] = tokenizer.id(indirect);
            distractors[i] = tokenizer.id(subject);
        }
        return new PromptBatch(tokens, answers, distractors);
    }

    /** Number of prompts. */
    public int size() {
        return tokens.length;
    }

    /** Tokens per prompt. */
    public int length() {
        return tokens[0].length;
    }

    private static String pick(java.util.List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
