package dev.fixturebench.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the samples of a speedscope file written by Fixture Bench go, all its threads' together (by library, by what
 * the JVM was doing, the hottest stacks), and, from the files written beside it, the classes loaded per library and the time to the test.
 */
public final class StartupSummary {

    /** What a speedscope file of ours names as its exporter, before the version. */
    public static final String EXPORTER = "fixture-bench";
    /** The suffix of the class path index beside a profile, replacing its {@code .json}. */
    public static final String INDEX_SUFFIX = ".classpath.json";
    /** The suffix of the class-load log beside a profile, replacing its {@code .json}. */
    public static final String CLASS_LOAD_SUFFIX = ".classload.log";

    static final String NO_JAVA = "no Java frame (JVM threads: JIT compiler, GC, VM)";
    static final String UNKNOWN = "not on the recorded class path";
    static final String NATIVE_UNDER_JAVA = "native code under Java frames (JDK natives, C library, VM runtime)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GC = Pattern.compile("G1|GCTask|PSScavenge|PSParallelCompact|ParallelScavenge"
            + "|SerialHeap|GenCollectedHeap|DefNewGeneration|ZDriver|ZCollect|Shenandoah|ConcurrentMark"
            + "|ConcurrentGCThread|CollectedHeap::collect|WorkerThread::run|GangWorker");
    private static final Pattern JIT = Pattern.compile("CompileBroker::|C2Compiler|Compiler::compile|Compilation::"
            + "|^Compile::|PhaseOutput|PhaseIdealLoop|PhaseChaitin|LinearScan|GraphBuilder|CodeBuffer|nmethod::new");
    private static final Pattern CLASS_LOADING_NATIVE = Pattern.compile("SystemDictionary::|ClassLoader::load"
            + "|ClassFileParser|KlassFactory|ClassVerifier|Verifier::|Rewriter::|InstanceKlass::link|JVM_DefineClass"
            + "|ClassPathZipEntry|ClassLoaderData::|Symbol(Table)?::|jimage|SystemDictionaryShared::");
    private static final Pattern CLASS_LOADING_JAVA = Pattern.compile("\\.(loadClass|defineClass\\w*|findClass"
            + "|findLoadedClass\\w*|findBootstrapClass\\w*)$");
    private static final Pattern CLASS_LOAD =
            Pattern.compile("^\\[([0-9.]+)s\\].*\\[class,load\\s*\\] (\\S+) source: (.*)$");
    /** Loaded by JUnit Jupiter right before it invokes the first test method. */
    static final String FIRST_TEST_MARKER =
            "org.junit.jupiter.engine.execution.InterceptingExecutableInvoker$ReflectiveInterceptorCall"
                    + "$VoidMethodInterceptorCall";
    private static final Pattern INTERPRETER = Pattern.compile("^(Interpreter|InterpreterRuntime::|TemplateTable::"
            + "|TemplateInterpreter)");

    private final Path file;
    private final String name;
    private final double intervalMs;
    private final List<String> frames;
    private final List<int[]> samples;
    private final ClassPathIndex index;
    private final List<String> classLoadLog;

    private StartupSummary(Path file, String name, double intervalMs, List<String> frames, List<int[]> samples,
                           ClassPathIndex index, List<String> classLoadLog) {
        this.classLoadLog = classLoadLog;
        this.file = file;
        this.name = name;
        this.intervalMs = intervalMs;
        this.frames = frames;
        this.samples = samples;
        this.index = index;
    }

    /**
     * A profile file and the files beside it as they are on disk now: a summary read from them stays right while this
     * is unchanged.
     */
    private record Version(Path file, java.nio.file.attribute.FileTime modified, long size,
                           java.nio.file.attribute.FileTime index, java.nio.file.attribute.FileTime classLoadLog) {
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException absent) {
            return null;
        }
    }

    /** The last few summaries read: a run's report and site ask for the same one after every fixture. */
    private static final Map<Version, StartupSummary> READ = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Version, StartupSummary> eldest) {
                    return size() > 4;
                }
            });

    /**
     * Reads {@code file}, and the class path index beside it where there is one; a file that is missing, not JSON or
     * not a speedscope file of ours fails with an {@link IllegalArgumentException} saying what was expected. The
     * same unchanged file is parsed once, however often it is asked for.
     */
    public static StartupSummary read(Path file) {
        Version version;
        try {
            Path absolute = file.toAbsolutePath().normalize();
            version = new Version(absolute, Files.getLastModifiedTime(absolute), Files.size(absolute),
                    modified(indexOf(absolute)), modified(classLoadLogOf(absolute)));
        } catch (IOException | RuntimeException unreadable) {
            return parse(file); // says what is wrong with it
        }
        StartupSummary summary = READ.get(version);
        if (summary == null) {
            summary = parse(file);
            READ.put(version, summary);
        }
        return summary;
    }

    private static StartupSummary parse(Path file) {
        String ours = "Expected a speedscope file written by Fixture Bench (JSON with \"$schema\": \""
                + Speedscope.SCHEMA + "\" and \"exporter\": \"" + EXPORTER + " …\", such as "
                + "profiling_artifacts/launcher_startup_speedscope_<yyyyMMdd_HHmmss>.json under a run's --out). Record"
                + " one with ./jbang bench.java startup --runs=1; open other profiles in"
                + " speedscope itself (https://www.speedscope.app).";
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON (" + e.getOriginalMessage() + "). " + ours);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IllegalArgumentException(file + " does not exist. " + ours);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage() + ". " + ours);
        }
        if (root == null || !root.isObject() || !Speedscope.SCHEMA.equals(root.path("$schema").asText())
                || !root.path("exporter").asText().startsWith(EXPORTER)) {
            String exporter = root == null ? "" : root.path("exporter").asText("");
            throw new IllegalArgumentException(file + " is JSON but not a speedscope file of ours ("
                    + (exporter.isEmpty() ? "no \"exporter\"" : "exporter \"" + exporter + "\"") + "). " + ours);
        }
        // one profile per thread (an older file: one of all threads); the summary takes every thread's samples
        JsonNode profiles = root.path("profiles");
        JsonNode sharedFrames = root.path("shared").path("frames");
        boolean sampled = profiles.isArray() && !profiles.isEmpty();
        for (JsonNode profile : profiles) {
            sampled &= "sampled".equals(profile.path("type").asText());
        }
        if (!sampled || !sharedFrames.isArray()) {
            throw new IllegalArgumentException(file + " names our exporter but has no sampled profile and frames: it is"
                    + " damaged. " + ours);
        }
        List<String> frames = new ArrayList<>();
        sharedFrames.forEach(frame -> frames.add(frame.path("name").asText()));
        List<int[]> samples = new ArrayList<>();
        for (JsonNode profile : profiles) {
            for (JsonNode sample : profile.path("samples")) {
                int[] indexes = new int[sample.size()];
                for (int i = 0; i < indexes.length; i++) {
                    indexes[i] = sample.get(i).asInt(-1);
                    if (indexes[i] < 0 || indexes[i] >= frames.size()) {
                        throw new IllegalArgumentException(file + ": a sample points at frame " + sample.get(i)
                                + " of " + frames.size() + ": the file is damaged. " + ours);
                    }
                }
                samples.add(indexes);
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no sample: nothing to summarise. " + ours);
        }
        Path sidecar = indexOf(file);
        ClassPathIndex index;
        try {
            index = Files.isRegularFile(sidecar) ? ClassPathIndex.read(sidecar) : new ClassPathIndex(List.of());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage() + ". Delete it to summarise without libraries.");
        }
        List<String> log;
        try {
            Path logFile = classLoadLogOf(file);
            log = Files.isRegularFile(logFile) ? Files.readAllLines(logFile) : List.of();
        } catch (IOException e) {
            throw new IllegalArgumentException(classLoadLogOf(file) + " cannot be read: " + e.getMessage()
                    + ". Delete it to summarise without classes loaded.");
        }
        return new StartupSummary(file, root.path("name").asText(),
                profiles.path(0).path("weights").path(0).asDouble(1), List.copyOf(frames), List.copyOf(samples), index, List.copyOf(log));
    }

    /** The class path index written beside {@code profile}. */
    public static Path indexOf(Path profile) {
        return beside(profile, INDEX_SUFFIX);
    }

    /** The JVM's class-load log of an unprofiled baseline fork, written beside {@code profile}. */
    public static Path classLoadLogOf(Path profile) {
        return beside(profile, CLASS_LOAD_SUFFIX);
    }

    /**
     * A file written beside {@code profile}, named as it is without {@code _speedscope} (so a glob for the speedscope
     * files, {@code *_speedscope_*.json}, takes none of them), then {@code suffix}; runs written before kept the word.
     */
    public static Path beside(Path profile, String suffix) {
        String fileName = profile.getFileName().toString();
        String stem = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        Path file = profile.resolveSibling(stem.replace("_speedscope_", "_") + suffix);
        Path older = profile.resolveSibling(stem + suffix);
        return !Files.exists(file) && Files.exists(older) ? older : file;
    }

    /** How many samples. */
    public int sampleCount() {
        return samples.size();
    }

    /** Samples per library: by the innermost Java frame ({@code [0]}), and anywhere on the stack ({@code [1]}). */
    public Map<String, int[]> byLibrary() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int[] sample : samples) {
            String self = NO_JAVA;
            Set<String> seen = new HashSet<>();
            for (int frame : sample) {
                String library = library(frames.get(frame));
                if (library != null) {
                    self = library;
                    if (seen.add(library)) {
                        counts.computeIfAbsent(library, l -> new int[2])[1]++;
                    }
                }
            }
            counts.computeIfAbsent(self, l -> new int[2])[0]++;
        }
        return sorted(counts);
    }

    /** Samples per VM activity, most first. */
    public Map<String, Integer> byActivity() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int[] sample : samples) {
            counts.computeIfAbsent(activity(sample), a -> new int[2])[0]++;
        }
        Map<String, Integer> result = new LinkedHashMap<>();
        sorted(counts).forEach((activity, count) -> result.put(activity, count[0]));
        return result;
    }

    /** The {@code top} most frequent whole stacks, each as frame names root first, with its sample count. */
    public List<Map.Entry<List<String>, Integer>> hottestStacks(int top) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (int[] sample : samples) {
            List<String> names = Arrays.stream(sample).mapToObj(frames::get).toList();
            counts.merge(names, 1, Integer::sum);
        }
        // ties by name, not by where they sit in the file: one profile per thread or all merged read the same
        return counts.entrySet().stream().sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
                        .thenComparing(e -> String.join(";", e.getKey())))
                .limit(top).toList();
    }

    /**
     * Classes the unprofiled fork loaded per library, from its class-load log ({@code [0]}), and how many of them
     * came from the class-data sharing archive ({@code [1]}); empty without a log.
     */
    public Map<String, int[]> classesByLibrary() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String line : classLoadLog) {
            Matcher load = CLASS_LOAD.matcher(line);
            if (load.find()) {
                String className = load.group(2).replaceAll("/0x[0-9a-f]+$", "");
                String library = index.libraryOf(className);
                int[] count = counts.computeIfAbsent(library == null ? UNKNOWN : library, l -> new int[2]);
                count[0]++;
                count[1] += load.group(3).startsWith("shared objects file") ? 1 : 0;
            }
        }
        return sorted(counts);
    }

    /**
     * The JVM's uptime, in s, when JUnit Jupiter loaded the class it invokes a test method through (the first test
     * was about to run), from the class-load log; null without a log or that class.
     */
    public Double firstTestSeconds() {
        return uptimeOf(FIRST_TEST_MARKER);
    }

    /** The JVM's uptime, in s, at the last class the unprofiled fork loaded; null without a log. */
    public Double lastClassSeconds() {
        for (int i = classLoadLog.size() - 1; i >= 0; i--) {
            Matcher load = CLASS_LOAD.matcher(classLoadLog.get(i));
            if (load.find()) {
                return Double.parseDouble(load.group(1));
            }
        }
        return null;
    }

    private Double uptimeOf(String className) {
        for (String line : classLoadLog) {
            Matcher load = CLASS_LOAD.matcher(line);
            if (load.find() && load.group(2).equals(className)) {
                return Double.parseDouble(load.group(1));
            }
        }
        return null;
    }

    /** The three tables as Markdown, libraries and stacks cut to {@code top} rows. */
    public String toMarkdown(int top) {
        StringBuilder md = new StringBuilder();
        md.append("## Where start-up goes\n\n");
        md.append(String.format(Locale.ROOT, "`%s`: %d samples, one every %s ms (%s).%s%n%n", file, sampleCount(),
                plain(intervalMs), name, index.entries().isEmpty()
                        ? " No class path index beside it (" + indexOf(file).getFileName() + "): libraries are"
                        + " only told apart as the JDK and the rest." : ""));
        md.append("### By library\n\n*Self*: samples whose innermost Java frame is in it; *on stack*: samples with any"
                + " frame in it.\n\n| Library | Self | On stack |\n|---|---:|---:|\n");
        List<Map.Entry<String, int[]>> libraries = new ArrayList<>(byLibrary().entrySet());
        for (int i = 0; i < libraries.size(); i++) {
            if (i == top) {
                md.append("| … ").append(libraries.size() - top).append(" more (--top=N shows more) | | |\n");
                break;
            }
            Map.Entry<String, int[]> row = libraries.get(i);
            md.append("| ").append(cell(row.getKey())).append(" | ").append(share(row.getValue()[0])).append(" | ")
                    .append(row.getKey().equals(NO_JAVA) ? "" : share(row.getValue()[1])).append(" |\n");
        }
        md.append("\n### By VM activity\n\nFrom the frames' names: the JVM's own functions for JIT compiling, GC, class"
                + " loading and the interpreter; Java class loaders' methods count as class loading.\n\n"
                + "| Activity | Samples |\n|---|---:|\n");
        byActivity().forEach((activity, count) -> md.append("| ").append(activity).append(" | ").append(share(count))
                .append(" |\n"));
        md.append("\n### Hottest stacks\n\nThe ").append(top).append(" most frequent whole stacks: the innermost frame"
                + " first, then up to four callers.\n\n| Samples | Stack |\n|---:|---|\n");
        for (Map.Entry<List<String>, Integer> stack : hottestStacks(top)) {
            List<String> names = stack.getKey();
            StringBuilder text = new StringBuilder();
            for (int i = names.size() - 1; i >= Math.max(0, names.size() - 5); i--) {
                text.append(text.length() == 0 ? "" : " ← ").append('`').append(cell(names.get(i))).append('`');
            }
            if (names.size() > 5) {
                text.append(" ← … (").append(names.size() - 5).append(" more)");
            }
            md.append("| ").append(share(stack.getValue())).append(" | ").append(text).append(" |\n");
        }
        md.append("\n### Classes loaded\n\n");
        Map<String, int[]> classes = classesByLibrary();
        if (classes.isEmpty()) {
            md.append("No class-load log beside the profile (").append(classLoadLogOf(file).getFileName())
                    .append("): a run records one in an extra unprofiled baseline fork.\n");
        } else {
            int total = classes.values().stream().mapToInt(c -> c[0]).sum();
            md.append("By one more baseline fork, unprofiled, from the JVM's own log (`-Xlog:class+load`): ")
                    .append(total).append(" classes.\n\n")
                    .append("| Library | Classes | From the CDS archive |\n|---|---:|---:|\n");
            classes.forEach((library, count) -> md.append("| ").append(cell(library)).append(" | ").append(count[0])
                    .append(" | ").append(count[1]).append(" |\n"));
            Double firstTest = firstTestSeconds();
            md.append(String.format(Locale.ROOT, "%n### Time to the first test%n%n%s; the last class loaded at %.3f s"
                    + " of JVM uptime.%n", firstTest == null ? "JUnit Jupiter never loaded `" + FIRST_TEST_MARKER
                    + "` in that fork" : String.format(Locale.ROOT, "**%.3f s** of JVM uptime: JUnit Jupiter loaded"
                    + " the class it invokes test methods through (`%s`)", firstTest, FIRST_TEST_MARKER),
                    lastClassSeconds()));
        }
        return md.toString();
    }

    /** The library of a Java frame's class, {@link #UNKNOWN}, or null for a frame outside Java code. */
    private String library(String frame) {
        if (frame.endsWith(" " + Frame.NATIVE) || frame.endsWith(" " + Frame.KERNEL)) {
            return null;
        }
        String java = frame.replaceAll("\\.0x[0-9a-f]+", ""); // a hidden class's address: Foo$$Lambda$5.0x0123.run
        int method = java.lastIndexOf('.');
        if (method < 0) {
            return null;
        }
        String library = index.libraryOf(java.substring(0, method));
        return library == null ? UNKNOWN : library;
    }

    private String activity(int[] sample) {
        boolean classLoading = false;
        for (int frame : sample) {
            String name = frames.get(frame);
            boolean outside = name.endsWith(" " + Frame.NATIVE) || name.endsWith(" " + Frame.KERNEL);
            if (outside && GC.matcher(name).find()) {
                return "GC";
            }
            if (outside && JIT.matcher(name).find()) {
                return "JIT compiling";
            }
            classLoading |= outside ? CLASS_LOADING_NATIVE.matcher(name).find()
                    : CLASS_LOADING_JAVA.matcher(name).find();
        }
        if (classLoading) {
            return "class loading";
        }
        String leaf = sample.length == 0 ? "" : frames.get(sample[sample.length - 1]);
        if (INTERPRETER.matcher(leaf).find()) {
            return "interpreter (the VM's own code)";
        }
        if (!leaf.endsWith(" " + Frame.NATIVE) && !leaf.endsWith(" " + Frame.KERNEL)) {
            return "running Java code (interpreted or compiled)";
        }
        boolean java = Arrays.stream(sample).anyMatch(f -> !frames.get(f).endsWith(" " + Frame.NATIVE)
                && !frames.get(f).endsWith(" " + Frame.KERNEL));
        boolean kernel = leaf.endsWith(" " + Frame.KERNEL);
        if (java) {
            return kernel ? "kernel, under Java frames" : NATIVE_UNDER_JAVA;
        }
        return kernel ? "other: kernel, no Java frame" : "other: native, no Java frame";
    }

    private String share(int count) {
        return String.format(Locale.ROOT, "%d (%.1f %%)", count, 100.0 * count / samples.size());
    }

    private static Map<String, int[]> sorted(Map<String, int[]> counts) {
        Map<String, int[]> result = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<String, int[]>>comparingInt(e -> e.getValue()[0])
                        .thenComparingInt(e -> e.getValue()[1]).reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
