package dev.fixturebench.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sampled stacks in the shape speedscope wants: each distinct frame once, each sample a list of frame indexes, root
 * first, in the order recorded, with the thread it was taken on where the profiler said. Built by the readers of each
 * profiler's output, one sample at a time.
 */
public final class Stacks {

    /** The names the JVM gives the thread that runs {@code main}: {@code DestroyJavaVM} once main has returned. */
    private static final List<String> MAIN = List.of("main", "DestroyJavaVM");

    private final List<Frame> frames = new ArrayList<>();
    private final Map<Frame, Integer> index = new HashMap<>();
    private final List<int[]> samples = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();

    /**
     * One thread's samples.
     *
     * @param thread  the thread as the profiler named it ({@code main tid=8356}), or null where it named none
     * @param samples its samples, as indexes into {@link #frames()}, root first, in the order recorded
     */
    public record ThreadSamples(String thread, List<int[]> samples) {
    }

    /** Adds {@code count} samples of one stack, given root first, taken on {@code thread} (null: not recorded). */
    void add(String thread, List<Frame> rootFirst, int count) {
        int[] indexes = new int[rootFirst.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = index.computeIfAbsent(rootFirst.get(i), frame -> {
                frames.add(frame);
                return frames.size() - 1;
            });
        }
        for (int i = 0; i < count; i++) {
            samples.add(indexes);
            threads.add(thread);
        }
    }

    /** Every distinct frame, in first-seen order. */
    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    /** Every sample, of every thread, as indexes into {@link #frames()}, root first; no frame names a thread. */
    public List<int[]> samples() {
        return List.copyOf(samples);
    }

    /** How many samples. */
    public int sampleCount() {
        return samples.size();
    }

    /**
     * The samples per thread: the thread that runs {@code main} first, then the others by sample count, most first
     * (ties in first-seen order). Samples with no thread recorded make one entry whose thread is null.
     */
    public List<ThreadSamples> byThread() {
        Map<String, List<int[]>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            grouped.computeIfAbsent(threads.get(i), t -> new ArrayList<>()).add(samples.get(i));
        }
        String main = mainThread(grouped.keySet());
        List<ThreadSamples> result = new ArrayList<>();
        grouped.forEach((thread, its) -> result.add(new ThreadSamples(thread, List.copyOf(its))));
        result.sort(Comparator.comparing((ThreadSamples t) -> main == null || !main.equals(t.thread()))
                .thenComparing(t -> -t.samples().size()));
        return result;
    }

    /** The thread named {@code main}, else the one named {@code DestroyJavaVM}, else null. */
    private static String mainThread(Iterable<String> threads) {
        for (String name : MAIN) {
            for (String thread : threads) {
                if (thread != null && (thread.equals(name) || thread.startsWith(name + " tid="))) {
                    return thread;
                }
            }
        }
        return null;
    }
}
