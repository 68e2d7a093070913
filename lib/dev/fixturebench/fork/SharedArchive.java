package dev.fixturebench.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.probe.ProbeMain;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.suite.SuiteClasspath;

/**
 * Starts a run's forks from a class-data sharing archive: dumps one, once, from an empty-test fork on the jars of the
 * fork class path, and checks that a fork with the suite's folders appended after those jars really maps it.
 * Where moving the folders could change what the suite loads, or the JVM will not dump or map it, forks start without
 * an archive, and {@link Forks#sharing()} says why.
 */
public final class SharedArchive {

    static final String PROBE_JAR = "probe.jar";
    private static final String ARCHIVE = "forks.jsa";
    private static final String CHECK_LOG = "cds-check-classes.log";
    private static final String FROM_ARCHIVE = "source: shared objects file (top)";
    private static final List<String> SHARING_OPTIONS = List.of("-Xshare", "SharedArchiveFile", "ArchiveClassesAtExit",
            "SharedClassListFile", "DumpLoadedClassList", "UseSharedSpaces", "AutoCreateSharedArchive");

    /**
     * The forkers of a run.
     *
     * @param forker         starts the discovery, baseline and fixture forks: from the archive when
     *                       {@code sharing.used()}
     * @param withoutArchive starts forks of the same suite without the archive, the folders in their usual place (the
     *                       same forker as {@code forker} when no archive is used)
     * @param sharing        whether {@code forker}'s forks map the archive, and what it holds or why they do not
     */
    public record Forks(Forker forker, Forker withoutArchive, ClassDataSharing sharing) {
    }

    private SharedArchive() {
    }

    /**
     * Writes the probe jar and the forkers of a run in {@code work}, dumping and checking an archive unless
     * {@code enabled} is false; every fork runs with {@code jvmArgs}, the dump and the check included.
     */
    public static Forks prepare(SuiteClasspath suite, List<String> jvmArgs, Duration timeout, Path work,
                                boolean enabled) throws IOException {
        ForkClassPath classPath = ForkClassPath.of(ProbeClasses.writeJar(work.resolve(PROBE_JAR)), suite);
        Forker plain = Forker.create("fork", jvmArgs, classPath.original(), timeout, work);
        String refusal = enabled ? refusal(jvmArgs, classPath) : "turned off with --no-cds";
        if (refusal != null) {
            return withoutArchive(plain, refusal);
        }
        Path archive = work.resolve(ARCHIVE).toAbsolutePath();
        long start = System.nanoTime();
        ForkResult dump = Forker.create("cds-dump", with(jvmArgs, "-XX:ArchiveClassesAtExit=" + archive),
                classPath.jars(), timeout, work).run(Mode.ARCHIVE, List.of(), ForkWatcher.NONE);
        double dumpSeconds = (System.nanoTime() - start) / 1e9;
        if (!passed(dump)) {
            return withoutArchive(plain, "dumping the archive failed: " + why(dump));
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            return withoutArchive(plain, "the JVM wrote no archive: " + jvmMessages(dump.outputTail()));
        }
        List<String> mapping = with(jvmArgs, "-XX:SharedArchiveFile=" + archive);
        // the check fork logs where each class came from, into the work folder (its working directory)
        ForkResult check = Forker.create("cds-check", with(mapping, "-Xlog:class+load=info:file=" + CHECK_LOG),
                classPath.jarsFirst(), timeout, work).run(Mode.BASELINE, List.of(), ForkWatcher.NONE);
        if (!passed(check)) {
            return withoutArchive(plain, "a fork started from the archive failed: " + why(check));
        }
        Path log = work.resolve(CHECK_LOG);
        List<String> loaded = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.ISO_8859_1) : List.of();
        String probeLine = ProbeMain.class.getName() + " source: ";
        Optional<String> probe = loaded.stream().filter(line -> line.contains(probeLine)).findFirst();
        if (probe.isEmpty() || !probe.get().endsWith(FROM_ARCHIVE)) {
            return withoutArchive(plain, "the archive was not mapped: a fork started from it loaded the probe from "
                    + probe.map(line -> line.substring(line.indexOf(probeLine) + probeLine.length())).orElse("nowhere")
                    + " — " + jvmMessages(check.outputTail()));
        }
        long classes = loaded.stream().filter(line -> line.endsWith(FROM_ARCHIVE)).count();
        String detail = String.format(Locale.ROOT, "%d classes (the test framework, probe, JDK), dumped in %.1f s"
                + " by an empty-test fork on the %d jar(s) of the class path; the suite's %d folder(s) follow them",
                classes, dumpSeconds, classPath.jars().size(), classPath.directories().size());
        Forker archived = Forker.create("fork-cds", mapping, classPath.jarsFirst(), timeout, work);
        return new Forks(archived, plain, new ClassDataSharing(true, detail));
    }

    /** Why no archive may be used with these options and this class path, or null when one may. */
    private static String refusal(List<String> jvmArgs, ForkClassPath classPath) {
        for (String argument : jvmArgs) {
            if (SHARING_OPTIONS.stream().anyMatch(argument::contains)) {
                return "--fork-jvm-args sets class-data sharing itself (" + argument + ")";
            }
        }
        try {
            return ClasspathOverlap.find(classPath.directories(), classPath.jars())
                    .map(clash -> "a fork from an archive needs the suite's folders after the jars, and that could"
                            + " change what the suite loads: " + clash.describe())
                    .orElse(null);
        } catch (IOException unreadable) {
            return "the class path could not be checked for classes both in a folder and a jar: "
                    + unreadable.getMessage();
        }
    }

    private static Forks withoutArchive(Forker plain, String reason) {
        return new Forks(plain, plain, new ClassDataSharing(false, reason));
    }

    private static List<String> with(List<String> jvmArgs, String option) {
        List<String> arguments = new ArrayList<>(jvmArgs);
        arguments.add(option);
        return arguments;
    }

    private static boolean passed(ForkResult fork) {
        return fork.exitCode() == 0 && fork.passed();
    }

    private static String why(ForkResult fork) {
        if (fork.timedOut()) {
            return "it passed the time limit";
        }
        return "exit code " + fork.exitCode() + (fork.reported() ? ", status " + fork.probeStatus()
                : "") + " — " + jvmMessages(fork.outputTail());
    }

    /** The JVM's lines about class-data sharing in a fork's output, else its last line. */
    private static String jvmMessages(String output) {
        List<String> lines = output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> sharing = lines.stream()
                .filter(line -> line.toLowerCase(Locale.ROOT).matches(".*(cds|shared archive|sharing).*"))
                .filter(line -> !line.contains("class not supported by CDS"))
                .limit(3).toList();
        if (!sharing.isEmpty()) {
            return String.join(" / ", sharing);
        }
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
    }
}
