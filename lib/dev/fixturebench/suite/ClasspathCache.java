package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.cache.Fingerprint;
import dev.fixturebench.cache.SetupCache;

/**
 * Keeps a Maven suite's built class path in the set-up cache, named by what the build reads: every pom of the project
 * (its modules', and the parents found on disk), its {@code .mvn/} folder, every file under the modules' {@code src/},
 * the user's Maven settings, the JDK and the tool's own code (how it builds), and the fixture API's sources where the
 * run installs it. A class path kept serves only while each folder and jar it names is as the build left it.
 */
final class ClasspathCache {

    private static final String KIND = "classpath";
    private static final String FILE = "classpath.json";
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<]+?)\\s*</module>");
    private static final Pattern PARENT = Pattern.compile("<parent>(.*?)</parent>", Pattern.DOTALL);
    private static final Pattern RELATIVE_PATH = Pattern.compile("<relativePath\\s*(?:/>|>\\s*([^<]*?)\\s*</relativePath>)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SetupCache cache;
    private final Optional<FixtureApi> api;

    /** The class paths {@code cache} keeps, for builds that install {@code api} on demand where it is present. */
    ClasspathCache(SetupCache cache, Optional<FixtureApi> api) {
        this.cache = cache;
        this.api = api;
    }

    /**
     * A class path kept, with when it was built.
     *
     * @param classpath the class path the build gave
     * @param built     when that build started
     */
    record Kept(SuiteClasspath classpath, Instant built) {
    }

    /**
     * The name of the class path of {@code module} (or null) in {@code project} (absolute, normalised) as the build
     * would make it now: every input's path, size and time.
     */
    String key(Path project, String module) throws IOException {
        Fingerprint inputs = Fingerprint.of("classpath-1").codeOf(ClasspathCache.class)
                .text(project.toString(), String.valueOf(module)).jdk();
        for (Path folder : projectFolders(project)) {
            inputs.path(folder.resolve("pom.xml")).path(folder.resolve("src"));
        }
        inputs.paths(parents(project));
        Optional<Path> config = mavenConfig(project);
        inputs.text(config.map(Path::toString).orElse("no .mvn"));
        config.ifPresent(inputs::path);
        String home = System.getProperty("user.home");
        inputs.path(Path.of(home, ".m2", "settings.xml"));
        inputs.text(System.getenv("JAVA_HOME"), System.getenv("MAVEN_OPTS"), System.getenv("MAVEN_ARGS"),
                System.getenv("M2_HOME"), System.getenv("MAVEN_HOME"));
        if (api.isPresent()) {
            api.get().sources(inputs.text("fixture API"));
        }
        return inputs.hex();
    }

    /** The class path kept under {@code key}, while every entry it names is unchanged since; else empty. */
    Optional<Kept> find(String key) {
        Optional<Path> entry = cache.find(KIND, key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode kept = JSON.readTree(entry.get().resolve(FILE).toFile());
            SuiteClasspath classpath = new SuiteClasspath(kept.path("description").asText(),
                    paths(kept.path("test_classes")), paths(kept.path("entries")), paths(kept.path("launcher")),
                    kept.path("frameworks").asText());
            if (classpath.entries().isEmpty() || !state(classpath).equals(kept.path("state").asText())) {
                // a folder or jar changed since (mvn clean, another build): the build makes it again, and keeps that
                cache.discard(entry.get());
                return Optional.empty();
            }
            return Optional.of(new Kept(classpath, Instant.parse(kept.path("built").asText())));
        } catch (IOException | RuntimeException unreadable) {
            cache.discard(entry.get());
            return Optional.empty();
        }
    }

    /** Keeps {@code classpath}, built at {@code built} from the inputs {@code key} names, with its entries' state. */
    void keep(String key, SuiteClasspath classpath, Instant built) {
        if (!cache.on()) {
            return;
        }
        ObjectNode kept = JSON.createObjectNode();
        kept.put("built", built.toString());
        kept.put("description", classpath.description());
        kept.set("test_classes", array(classpath.testClasses()));
        kept.set("entries", array(classpath.entries()));
        kept.set("launcher", array(classpath.launcher()));
        kept.put("frameworks", classpath.frameworks());
        kept.put("state", state(classpath));
        try {
            cache.store(KIND, key, folder -> Files.writeString(folder.resolve(FILE),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(kept), StandardCharsets.UTF_8));
        } catch (IOException unwritable) {
            cache.warn("the suite's class path could not be kept in the cache (" + unwritable.getMessage() + ")");
        }
    }

    /** Every folder and jar of {@code classpath} as it is now: each file's size and time. */
    private static String state(SuiteClasspath classpath) {
        return Fingerprint.of("classpath-state-1").paths(classpath.testClasses()).paths(classpath.entries())
                .paths(classpath.launcher()).hex();
    }

    /** {@code project} and, through their {@code <module>} lists, every module folder under it that has a pom. */
    static List<Path> projectFolders(Path project) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        Deque<Path> toRead = new ArrayDeque<>(List.of(project));
        while (!toRead.isEmpty()) {
            Path folder = toRead.pop();
            Path pom = folder.resolve("pom.xml");
            if (!folders.add(folder) || !Files.isRegularFile(pom)) {
                continue;
            }
            Matcher modules = MODULE.matcher(Files.readString(pom, StandardCharsets.UTF_8));
            while (modules.find()) {
                Path module = folder.resolve(modules.group(1)).normalize();
                toRead.add(Files.isRegularFile(module) ? module.getParent() : module);
            }
        }
        return List.copyOf(folders);
    }

    /**
     * The parent poms on disk of the project's poms that are not the project's own, through each {@code <parent>}'s
     * relative path (by default {@code ../pom.xml}).
     */
    static List<Path> parents(Path project) throws IOException {
        Set<Path> parents = new LinkedHashSet<>();
        Deque<Path> toRead = new ArrayDeque<>();
        for (Path folder : projectFolders(project)) {
            toRead.add(folder.resolve("pom.xml"));
        }
        Set<Path> own = Set.copyOf(toRead);
        Set<Path> read = new LinkedHashSet<>();
        while (!toRead.isEmpty()) {
            Path pom = toRead.pop();
            if (!read.add(pom) || !Files.isRegularFile(pom)) {
                continue;
            }
            Matcher parent = PARENT.matcher(Files.readString(pom, StandardCharsets.UTF_8));
            if (!parent.find()) {
                continue;
            }
            Matcher relative = RELATIVE_PATH.matcher(parent.group(1));
            String path = relative.find() ? relative.group(1) : "../pom.xml";
            if (path == null || path.isBlank()) {
                continue; // <relativePath/>: looked up in repositories, not on disk
            }
            Path found = pom.getParent().resolve(path).normalize();
            if (Files.isDirectory(found)) {
                found = found.resolve("pom.xml");
            }
            if (!own.contains(found)) {
                parents.add(found);
                toRead.add(found);
            }
        }
        return List.copyOf(parents);
    }

    /** The {@code .mvn} folder Maven reads for {@code project}: in it or the nearest folder above that has one. */
    static Optional<Path> mavenConfig(Path project) {
        for (Path folder = project; folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(".mvn"))) {
                return Optional.of(folder.resolve(".mvn"));
            }
        }
        return Optional.empty();
    }

    private static ArrayNode array(List<Path> paths) {
        ArrayNode array = JSON.createArrayNode();
        paths.forEach(p -> array.add(p.toString()));
        return array;
    }

    private static List<Path> paths(JsonNode array) {
        List<Path> paths = new ArrayList<>();
        array.forEach(p -> paths.add(Path.of(p.asText())));
        return paths;
    }
}
