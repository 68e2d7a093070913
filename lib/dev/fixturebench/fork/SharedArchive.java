package dev.fixturebench.fork;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import dev.fixturebench.cache.Fingerprint;
import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.probe.ProbeMain;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.suite.SuiteClasspath;
import dev.fixturebench.view.Dates;

/**
 * Starts a run's forks from a class-data sharing archive: dumps one, once, from an empty-test fork on the jars of the
 * fork class path, and checks that a fork with the suite's folders appended after those jars really maps it; keeps it
 * in the set-up cache, and reuses it there while the jars, the JDK and the fork options stay the same.
 * Where moving the folders could change what the suite loads, or the JVM will not dump or map it, forks start without
 * an archive, and {@link Forks#sharing()} says why.
 */
public final class SharedArchive {

    private static final String ARCHIVE = "forks.jsa";
    private static final String ABOUT = "archive.properties";
    private static final String CACHE_KIND = "archive";
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
     * The forkers of a run, their files in {@code work}: {@link #plan} then {@link Plan#forks}, dumping and checking an
     * archive unless {@code enabled} is false or {@code cache} keeps one for the same jars, JDK and options.
     */
    public static Forks prepare(SuiteClasspath suite, List<String> jvmArgs, Duration timeout, Path work,
                                boolean enabled, SetupCache cache) throws IOException {
        return plan(suite, jvmArgs, work, enabled, cache).forks(timeout);
    }

    /**
     * What {@link Plan#forks} will do for {@code suite}'s forks, every one of them run with {@code jvmArgs}: writes the
     * probe jar (into {@code cache}, where it is on, else {@code work}) and finds a reusable archive in {@code cache}.
     */
    public static Plan plan(SuiteClasspath suite, List<String> jvmArgs, Path work, boolean enabled, SetupCache cache)
            throws IOException {
        ForkClassPath classPath = ForkClassPath.of(ProbeClasses.jar(cache, work), suite);
        String refusal = enabled ? refusal(jvmArgs, classPath) : "turned off with --no-cds";
        String key = key(jvmArgs, classPath);
        Optional<Dumped> reused = refusal == null ? reusable(cache, key) : Optional.empty();
        return new Plan(classPath, List.copyOf(jvmArgs), work, cache, refusal, key, reused);
    }

    /** The forks of a run, planned: with an archive reused, one to dump, or none (and why). */
    public static final class Plan {

        private final ForkClassPath classPath;
        private final List<String> jvmArgs;
        private final Path work;
        private final SetupCache cache;
        private final String refusal;
        private final String key;
        private final Optional<Dumped> reused;

        private Plan(ForkClassPath classPath, List<String> jvmArgs, Path work, SetupCache cache, String refusal,
                     String key, Optional<Dumped> reused) {
            this.classPath = classPath;
            this.jvmArgs = jvmArgs;
            this.work = work;
            this.cache = cache;
            this.refusal = refusal;
            this.key = key;
            this.reused = reused;
        }

        /** Whether {@link #forks} will dump an archive and check it, in two forks. */
        public boolean dumps() {
            return refusal == null && reused.isEmpty();
        }

        /** When the archive the forks will reuse from the cache was dumped, if they reuse one. */
        public Optional<Instant> reusedFrom() {
            return reused.map(Dumped::at);
        }

        /** The forkers, each fork with {@code timeout} as its limit: dumps and checks an archive where {@link #dumps}. */
        public Forks forks(Duration timeout) throws IOException {
            Forker plain = Forker.create("fork", jvmArgs, classPath.original(), timeout, work);
            if (refusal != null) {
                return withoutArchive(plain, refusal);
            }
            if (reused.isPresent()) {
                // checked when it was dumped; the JVM maps it again only with the same jars, JDK and options: its key
                Dumped dumped = reused.get();
                String detail = detail(dumped.classes(), String.format(Locale.ROOT, "reused from the cache (dumped %s"
                        + " in %.1f s by an empty-test fork on the %d jar(s) of the class path)",
                        Dates.text(dumped.at()), dumped.seconds(), classPath.jars().size()), classPath);
                Forker archived = Forker.create("fork-cds", with(jvmArgs, "-XX:SharedArchiveFile="
                        + dumped.archive()), classPath.jarsFirst(), timeout, work);
                return new Forks(archived, plain, new ClassDataSharing(true, detail));
            }
            return dump(classPath, jvmArgs, timeout, work, cache, key, plain);
        }
    }

    private static Forks dump(ForkClassPath classPath, List<String> jvmArgs, Duration timeout, Path work,
                              SetupCache cache, String key, Forker plain) throws IOException {
        Path archive = work.resolve(ARCHIVE).toAbsolutePath();
        Instant dumpedAt = Instant.now();
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
        String detail = detail(classes, String.format(Locale.ROOT, "dumped in %.1f s by an empty-test fork on the %d"
                + " jar(s) of the class path", dumpSeconds, classPath.jars().size()), classPath);
        Forker archived = Forker.create("fork-cds", mapping, classPath.jarsFirst(), timeout, work);
        keep(cache, key, new Dumped(archive, dumpedAt, dumpSeconds, classes));
        return new Forks(archived, plain, new ClassDataSharing(true, detail));
    }

    /** What the header says of an archive of {@code classes} classes, {@code how} it came to be, one wording for both. */
    private static String detail(long classes, String how, ForkClassPath classPath) {
        return String.format(Locale.ROOT, "%d classes (the test framework, probe, JDK), %s; the suite's %d folder(s)"
                + " follow them", classes, how, classPath.directories().size());
    }

    /**
     * An archive dumped and checked.
     *
     * @param archive its file
     * @param at      when its dump started
     * @param seconds how long the dump fork took
     * @param classes how many classes the check fork loaded from it
     */
    private record Dumped(Path archive, Instant at, double seconds, long classes) {
    }

    /**
     * The name of the archive for these forks in the cache: the JDK (the archive sits on its base archive), the fork
     * options, and each jar the archive is dumped from, with its size and time, as the JVM checks them when mapping.
     */
    private static String key(List<String> jvmArgs, ForkClassPath classPath) {
        return Fingerprint.of("archive-1").jdk().texts(jvmArgs).paths(classPath.jars()).hex();
    }

    /** The archive {@code cache} keeps under {@code key}, whole; an entry that is not is discarded. */
    private static Optional<Dumped> reusable(SetupCache cache, String key) {
        Optional<Path> entry = cache.find(CACHE_KIND, key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Properties about = new Properties();
        try (Reader in = Files.newBufferedReader(entry.get().resolve(ABOUT), StandardCharsets.UTF_8)) {
            about.load(in);
            Path archive = entry.get().resolve(ARCHIVE);
            if (Files.size(archive) == Long.parseLong(about.getProperty("size"))) {
                return Optional.of(new Dumped(archive, Instant.parse(about.getProperty("dumped")),
                        Double.parseDouble(about.getProperty("seconds")), Long.parseLong(about.getProperty("classes"))));
            }
        } catch (IOException | RuntimeException unreadable) {
            // discarded below, and dumped again
        }
        cache.discard(entry.get());
        return Optional.empty();
    }

    /** Keeps {@code dumped} in {@code cache} under {@code key}, for the next run on the same jars. */
    private static void keep(SetupCache cache, String key, Dumped dumped) {
        if (!cache.on()) {
            return;
        }
        try {
            cache.store(CACHE_KIND, key, folder -> {
                Files.copy(dumped.archive(), folder.resolve(ARCHIVE));
                Properties about = new Properties();
                about.setProperty("dumped", dumped.at().toString());
                about.setProperty("seconds", Double.toString(dumped.seconds()));
                about.setProperty("classes", Long.toString(dumped.classes()));
                about.setProperty("size", Long.toString(Files.size(dumped.archive())));
                try (Writer out = Files.newBufferedWriter(folder.resolve(ABOUT), StandardCharsets.UTF_8)) {
                    about.store(out, "the class-data sharing archive " + ARCHIVE + " beside this file");
                }
            });
        } catch (IOException unwritable) {
            cache.warn("the class-data sharing archive could not be kept in the cache (" + unwritable.getMessage()
                    + ")");
        }
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
