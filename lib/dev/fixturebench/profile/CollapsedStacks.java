package dev.fixturebench.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads async-profiler's {@code collapsed} output written with {@code ann}: one line per distinct stack, frames root
 * first separated by {@code ;}, then its sample count. Java frames carry {@code _[j]}, {@code _[i]}, {@code _[0]} or
 * {@code _[1]}, kernel frames {@code _[k]}; a frame without a suffix is native or the JVM's own. Written with
 * {@code threads}, each stack's root is its thread, {@code [main tid=8356]} ({@code [tid=8356]} when unnamed), which
 * becomes the sample's thread, not a frame.
 */
public final class CollapsedStacks {

    private static final Pattern LINE = Pattern.compile("^(.*) (\\d+)$");
    /** A thread's name may hold {@code ;}: it ends at the first {@code " tid=N]"} that ends a frame. */
    private static final Pattern THREAD = Pattern.compile("^\\[(?:(.*?) )?tid=(\\d+)\\](?:;|$)");
    private static final Pattern ANNOTATION = Pattern.compile("^(.*)_\\[([a-z0-9])\\]$");

    private CollapsedStacks() {
    }

    /** The stacks of {@code file}; a line that is not a stack and a count fails with its number. */
    public static Stacks read(Path file) throws IOException {
        Stacks stacks = new Stacks();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank()) {
                continue;
            }
            Matcher stack = LINE.matcher(line);
            if (!stack.matches()) {
                throw new IOException(file + " line " + number + " is not a collapsed stack (frames, a space, a count):"
                        + " " + (line.length() > 120 ? line.substring(0, 120) + "…" : line));
            }
            String rest = stack.group(1);
            String thread = null;
            Matcher root = THREAD.matcher(rest);
            if (root.find()) {
                thread = (root.group(1) == null ? "" : root.group(1) + " ") + "tid=" + root.group(2);
                rest = rest.substring(root.end());
            }
            List<Frame> frames = new ArrayList<>();
            for (String frame : rest.isEmpty() ? new String[0] : rest.split(";")) {
                frames.add(frame(frame));
            }
            stacks.add(thread, frames, Integer.parseInt(stack.group(2)));
        }
        return stacks;
    }

    private static Frame frame(String text) {
        Matcher annotated = ANNOTATION.matcher(text);
        if (!annotated.matches()) {
            return Frame.outsideJava(text, Frame.NATIVE);
        }
        if (annotated.group(2).equals("k")) {
            return Frame.outsideJava(annotated.group(1), Frame.KERNEL);
        }
        return Frame.java(annotated.group(1).replace('/', '.'), null);
    }
}
