package dev.fixturebench.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which library holds each package of a fork's class path, written beside a profile when it is recorded (the jars of
 * the run's temporary folder are gone by the time anyone reads it). A jar is named by the Maven coordinates its
 * {@code META-INF/maven/**}{@code /pom.properties} states, else by its file name; a folder by its path.
 *
 * @param entries the class path entries, in class path order
 */
public record ClassPathIndex(List<Entry> entries) {

    /** The format this index's JSON names, so a reader knows it is one of ours. */
    public static final String FORMAT = "fixture-bench class path index 1";
    /** What a frame whose class no entry holds and the running JDK has is attributed to. */
    public static final String JDK = "JDK";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One class path entry.
     *
     * @param library  its Maven coordinates, jar name, or {@code suite folder <path>}
     * @param path     the entry as it was on the class path
     * @param packages the packages it holds classes of, dotted
     */
    public record Entry(String library, String path, List<String> packages) {
    }

    /** Indexes {@code classPath}; an entry that cannot be read is kept with no package and its name. */
    public static ClassPathIndex of(List<Path> classPath) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : classPath) {
            try {
                entries.add(Files.isDirectory(path) ? folder(path) : jar(path));
            } catch (IOException e) {
                entries.add(new Entry(String.valueOf(path.getFileName()), path.toString(), List.of()));
            }
        }
        return new ClassPathIndex(List.copyOf(entries));
    }

    /** The library holding {@code className}'s package: the first entry that has it, the JDK, or null. */
    public String libraryOf(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        for (Entry entry : entries) {
            if (entry.packages().contains(pkg)) {
                return entry.library();
            }
        }
        return JdkPackages.has(pkg) ? JDK : null;
    }

    /** This index as JSON. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ArrayNode array = root.putArray("entries");
        for (Entry entry : entries) {
            ObjectNode node = array.addObject().put("library", entry.library()).put("path", entry.path());
            entry.packages().forEach(node.putArray("packages")::add);
        }
        return root.toString();
    }

    /** The index in {@code file}; a file that is not one fails saying so. */
    public static ClassPathIndex read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a class path index written by Fixture Bench (no \"format\": \""
                    + FORMAT + "\")");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : root.path("entries")) {
            List<String> packages = new ArrayList<>();
            node.path("packages").forEach(p -> packages.add(p.asText()));
            entries.add(new Entry(node.path("library").asText(), node.path("path").asText(), List.copyOf(packages)));
        }
        return new ClassPathIndex(List.copyOf(entries));
    }

    private static Entry folder(Path folder) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                Path parent = folder.relativize(f).getParent();
                packages.add(parent == null ? "" : parent.toString().replace(f.getFileSystem().getSeparator(), "."));
            });
        }
        return new Entry("suite folder " + folder, folder.toString(), List.copyOf(packages));
    }

    private static Entry jar(Path jar) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        Map<String, String> coordinates = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    int slash = name.lastIndexOf('/');
                    packages.add(slash < 0 ? "" : name.substring(0, slash).replace('/', '.'));
                } else if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        pom.load(in);
                    }
                    coordinates.put(name, pom.getProperty("groupId") + ":" + pom.getProperty("artifactId") + ":"
                            + pom.getProperty("version"));
                }
            }
        }
        // a shaded jar states several poms: the one whose artifactId the jar's name starts with is the jar's own
        String fileName = jar.getFileName().toString();
        String library = coordinates.values().stream()
                .filter(c -> fileName.startsWith(c.split(":")[1]))
                .findFirst().orElse(coordinates.size() == 1 ? coordinates.values().iterator().next() : fileName);
        return new Entry(library, jar.toString(), List.copyOf(packages));
    }

    /** The packages of the running JDK's modules, so a frame of the JDK is named so without a class path entry. */
    private static final class JdkPackages {
        private static final java.util.Set<String> ALL = new java.util.HashSet<>();

        static {
            for (Module module : ModuleLayer.boot().modules()) {
                ALL.addAll(module.getPackages());
            }
        }

        static boolean has(String pkg) {
            return ALL.contains(pkg) || pkg.startsWith("java.") || pkg.startsWith("jdk.") || pkg.startsWith("sun.")
                    || pkg.startsWith("com.sun.") || pkg.startsWith("javax.");
        }
    }
}
