package dev.fixturebench.profile;

/**
 * One frame of a sampled stack, as speedscope shows it.
 *
 * @param name a Java method as {@code package.Class.method}, or a native, VM or kernel function marked by a
 *             {@code " [native]"} or {@code " [kernel]"} suffix
 * @param file where the frame's code lives when known: {@code [native]} or {@code [kernel]} for those frames, else null
 * @param line the source line when the profiler recorded one, else null
 */
public record Frame(String name, String file, Integer line) {

    /** The suffix and file of frames outside Java code: the JVM itself, native libraries, the C library. */
    public static final String NATIVE = "[native]";
    /** The suffix and file of frames in the operating system's kernel. */
    public static final String KERNEL = "[kernel]";

    /** A Java frame. */
    static Frame java(String name, Integer line) {
        return new Frame(name, null, line);
    }

    /** A frame outside Java code, marked {@code marker} ({@link #NATIVE} or {@link #KERNEL}). */
    static Frame outsideJava(String name, String marker) {
        return new Frame(name + " " + marker, marker, null);
    }
}
