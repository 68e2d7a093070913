package dev.fixturebench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.profile.ClassPathIndex;
import dev.fixturebench.profile.Recorder;
import dev.fixturebench.profile.Speedscope;
import dev.fixturebench.profile.Stacks;
import dev.fixturebench.profile.StartupSummary;

/**
 * Profiles one extra baseline fork from JVM start, kept out of the baseline figures, with the first recorder that
 * works, and writes its speedscope file, raw output and class path index under {@code profiling_artifacts/}. Never
 * fails the run: a profile that cannot be taken comes back with the reason.
 */
public final class StartupProfiling {

    /** The folder under the output folder that holds the profiles. */
    public static final String FOLDER = "profiling_artifacts";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final Forker forker;
    private final Path work;
    private final Path out;

    /** Profiles forks started as {@code forker} starts them; raw files go to {@code work}, results under {@code out}. */
    public StartupProfiling(Forker forker, Path work, Path out) {
        this.forker = forker;
        this.work = work;
        this.out = out;
    }

    /** Runs the profiled fork and writes its profile; {@code unprofiledMedianMs} is the baseline it is compared with. */
    public StartupProfile profile(double unprofiledMedianMs) {
        List<String> notes = new ArrayList<>();
        List<Recorder> recorders = Recorder.startup(work, notes);
        for (int attempt = 0; attempt < recorders.size(); attempt++) {
            Recorder recorder = recorders.get(attempt);
            Path raw = work.resolve("startup-profile-" + attempt + "." + recorder.rawExtension());
            try {
                ForkResult fork = forker.withJvmArgs(recorder.jvmArgs(raw)).run(Mode.BASELINE, List.of(),
                        pid -> () -> { });
                if (!fork.passed()) {
                    notes.add(recorder.describe() + ": the profiled fork failed (exit code " + fork.exitCode() + "): "
                            + lastLine(fork.outputTail()));
                    continue;
                }
                if (!Files.exists(raw) || Files.size(raw) == 0) {
                    notes.add(recorder.describe() + ": wrote nothing (" + lastLine(fork.outputTail()) + ")");
                    continue;
                }
                Stacks stacks = recorder.read(raw);
                if (stacks.sampleCount() == 0) {
                    notes.add(recorder.describe() + ": recorded no sample");
                    continue;
                }
                return write(recorder, raw, stacks, fork.wallNanos() / 1e6, unprofiledMedianMs, notes);
            } catch (IOException | RuntimeException e) {
                notes.add(recorder.describe() + ": " + e.getMessage());
            }
        }
        return StartupProfile.failed("no profiler recorded the start-up: " + String.join("; ", notes),
                String.join("; ", notes));
    }

    private StartupProfile write(Recorder recorder, Path raw, Stacks stacks, double wallMs, double unprofiledMedianMs,
                                 List<String> notes) throws IOException {
        Path folder = out.resolve(FOLDER);
        Files.createDirectories(folder);
        String stem = "launcher_startup_speedscope_" + LocalDateTime.now().format(STAMP);
        Path json = folder.resolve(stem + ".json");
        Path rawCopy = StartupSummary.beside(json, "." + recorder.rawExtension());
        String name = "Test framework start-up, one empty test — " + recorder.describe();
        replace(json, Speedscope.render(stacks, recorder.intervalMs(), name).getBytes(StandardCharsets.UTF_8));
        replace(rawCopy, Files.readAllBytes(raw));
        // the summary names each frame's library from this: the fork's jars in the run's temporary folder will be gone
        replace(StartupSummary.indexOf(json), ClassPathIndex.of(forker.classPath()).toJson()
                .getBytes(StandardCharsets.UTF_8));
        classLoadLog(StartupSummary.classLoadLogOf(json), notes);
        return new StartupProfile(recorder.profiler(), recorder.event(), recorder.intervalMs(), stacks.sampleCount(),
                FOLDER + "/" + json.getFileName(), FOLDER + "/" + rawCopy.getFileName(), wallMs, unprofiledMedianMs,
                String.join("; ", notes), null);
    }

    /**
     * Runs one more baseline fork, unprofiled, with the JVM's own class-load log, and keeps the log at {@code target}
     * for the summary's classes per library and time to the test; a fork that fails costs a note, never the profile.
     */
    private void classLoadLog(Path target, List<String> notes) {
        Path log = work.resolve("startup-classload.log");
        try {
            ForkResult fork = forker.withJvmArgs(List.of("-Xlog:class+load=info:file=" + log))
                    .run(Mode.BASELINE, List.of(), pid -> () -> { });
            if (fork.passed() && Files.isRegularFile(log)) {
                replace(target, Files.readAllBytes(log));
            } else {
                notes.add("the class-load log's fork failed (exit code " + fork.exitCode() + "): "
                        + lastLine(fork.outputTail()));
            }
        } catch (IOException e) {
            notes.add("the class-load log could not be written: " + e.getMessage());
        }
    }

    /** Writes {@code content} to {@code target} through a temporary file moved into place: never half a file. */
    static void replace(Path target, byte[] content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "no output" : lines[lines.length - 1].strip();
    }
}
