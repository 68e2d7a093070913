package dev.fixturebench.examples.custom;

import java.util.List;

/** A tiny language model that scores the next token after each prompt; its components can be zero-ablated. */
public interface TinyModel {

    /** Tokens it scores. */
    int vocabSize();

    /** Trainable numbers it holds. */
    long parameterCount();

    /** Names of the components {@link #nextTokenLogits} can ablate, by index. */
    List<String> components();

    /** Next-token logits after every prompt (prompts × vocabulary), with component {@code ablated} zeroed, or none (-1). */
    Matrix nextTokenLogits(int[][] prompts, int ablated);
}
