package dev.fixturebench.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sampled stacks in the shape speedscope wants: each distinct frame once, each sample a list of frame indexes, root
 * first, in the order recorded. Built by the readers of each profiler's output, one sample at a time.
 */
public final class Stacks {

    private final List<Frame> frames = new ArrayList<>();
    private final Map<Frame, Integer> index = new HashMap<>();
    private final List<int[]> samples = new ArrayList<>();

    /** Adds {@code count} samples of one stack, given root first. */
    void add(List<Frame> rootFirst, int count) {
        int[] indexes = new int[rootFirst.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = index.computeIfAbsent(rootFirst.get(i), frame -> {
                frames.add(frame);
                return frames.size() - 1;
            });
        }
        for (int i = 0; i < count; i++) {
            samples.add(indexes);
        }
    }

    /** Every distinct frame, in first-seen order. */
    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    /** Every sample, as indexes into {@link #frames()}, root first. */
    public List<int[]> samples() {
        return List.copyOf(samples);
    }

    /** How many samples. */
    public int sampleCount() {
        return samples.size();
    }
}
