package dev.fixturebench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the {@code jdk.ExecutionSample} events of a JDK Flight Recorder file, in time order: Java threads only, Java
 * frames with their line numbers; a frame JFR types {@code Native} is marked so. Each sample's thread is named as
 * async-profiler names it, {@code main tid=8356} (the OS thread's id).
 */
public final class JfrStacks {

    /** The event read. */
    public static final String EVENT = "jdk.ExecutionSample";

    private JfrStacks() {
    }

    /** The execution samples of {@code recording}. */
    public static Stacks read(Path recording) throws IOException {
        List<RecordedEvent> events = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals(EVENT) && event.getStackTrace() != null) {
                events.add(event);
            }
        }
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        Stacks stacks = new Stacks();
        for (RecordedEvent event : events) {
            RecordedStackTrace trace = event.getStackTrace();
            List<Frame> rootFirst = new ArrayList<>();
            List<RecordedFrame> topFirst = trace.getFrames();
            for (int i = topFirst.size() - 1; i >= 0; i--) {
                rootFirst.add(frame(topFirst.get(i)));
            }
            stacks.add(thread(event.getThread("sampledThread")), rootFirst, 1);
        }
        return stacks;
    }

    private static String thread(RecordedThread thread) {
        if (thread == null) {
            return null;
        }
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        return (name == null ? "" : name + " ") + "tid=" + thread.getOSThreadId();
    }

    private static Frame frame(RecordedFrame frame) {
        String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        if ("Native".equals(frame.getType())) {
            return Frame.outsideJava(name, Frame.NATIVE);
        }
        int line = frame.getLineNumber();
        return Frame.java(name, line > 0 ? line : null);
    }
}
