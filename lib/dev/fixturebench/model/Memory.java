package dev.fixturebench.model;

/**
 * What building one fixture cost in memory and loaded classes: each the median over its forks, but the heap retained,
 * which the first fork alone reads. A figure is null when it was not taken (a fixture that never built, no RSS
 * sampling, no GPU).
 *
 * @param heapRetainedMib live heap after a full collection with the fixture alive, minus before it
 * @param allocatedMib    bytes allocated by the building thread
 * @param classesLoaded   classes loaded while building it
 * @param rssDeltaMib     peak fork RSS above the baseline forks' peak
 * @param gpuDeltaMib     peak device memory used during the fork above before it; null without a GPU
 */
public record Memory(Double heapRetainedMib, Double allocatedMib, Double classesLoaded, Double rssDeltaMib,
                     Double gpuDeltaMib) {

    /** No figure taken: the fixture never built. */
    public static final Memory NONE = new Memory(null, null, null, null, null);

    /** These figures with {@code newRssDeltaMib} for the RSS above the baseline. */
    public Memory withRssDelta(Double newRssDeltaMib) {
        return new Memory(heapRetainedMib, allocatedMib, classesLoaded, newRssDeltaMib, gpuDeltaMib);
    }
}
