package dev.fixturebench.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.cache.Fingerprint;
import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.ForkWatcher;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * Enumerates a suite's fixtures in a fork, since generating dynamic fixtures runs the suite's own code; nothing of
 * the suite is loaded into the tool's JVM. What a fork found is kept in the set-up cache, and taken from there while
 * the fork class path (every file of its folders and jars, the probe's jar), the JDK and the fork options are the same.
 */
public final class Discovery {

    private static final String KIND = "discovery";
    private static final String FILE = "discovery.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Forker forker;
    private final SetupCache cache;
    private final String key;
    private Optional<Kept> kept;

    /** Discovery in a fork of {@code forker}, uncached. */
    public Discovery(Forker forker) {
        this(forker, SetupCache.off(), List.of());
    }

    /**
     * Discovery in a fork of {@code forker}, kept in {@code cache} under its class path, the JDK and {@code context}:
     * whatever else its forks depend on (their JVM options, their working directory).
     */
    public Discovery(Forker forker, SetupCache cache, List<String> context) {
        this.forker = forker;
        this.cache = cache;
        this.key = cache.on() ? Fingerprint.of("discovery-1").jdk().texts(context).paths(forker.classPath()).hex()
                : null;
    }

    /** What a discovery fork reported, and when. */
    private record Kept(JsonNode probe, Instant discovered) {
    }

    /** When the fixtures {@link #discover} will take from the cache were discovered, if it will take them from there. */
    public Optional<Instant> cachedSince() {
        return kept().map(Kept::discovered);
    }

    /**
     * What a discovery fork reports of the suite's fixture API.
     *
     * @param fixtures every fixture the suite defines, in the order the suite declares them
     * @param methods  the {@code @Fixture} method declaring each static fixture, by fixture name
     */
    public record ApiFixtures(List<FixtureInfo> fixtures, Map<String, String> methods) {

        public ApiFixtures {
            fixtures = List.copyOf(fixtures);
            methods = Map.copyOf(methods);
        }
    }

    /** Every fixture the suite defines, and the methods declaring its static ones. */
    public ApiFixtures discover() throws IOException, DiscoveryException {
        Optional<Kept> found = kept();
        if (found.isPresent()) {
            return fixtures(found.get().probe());
        }
        Instant started = Instant.now();
        ForkResult fork = forker.run(Mode.DISCOVER, List.of(), ForkWatcher.NONE);
        if (fork.timedOut()) {
            throw new DiscoveryException("Enumerating the suite's fixtures took longer than the fork time limit"
                    + " (--timeout). Its last output:\n" + fork.outputTail());
        }
        if (!fork.reported()) {
            throw new DiscoveryException("The discovery fork exited with code " + fork.exitCode()
                    + " without reporting. Its last output:\n" + fork.outputTail());
        }
        JsonNode probe = fork.probe();
        if (!Result.OK.equals(probe.path(Key.STATUS).asText())) {
            throw new DiscoveryException("The suite's fixtures could not be enumerated:\n"
                    + probe.path(Key.ERROR).asText());
        }
        ApiFixtures fixtures = fixtures(probe);
        keep(probe, started);
        return fixtures;
    }

    private Optional<Kept> kept() {
        if (kept == null) {
            kept = key == null ? Optional.empty() : read();
        }
        return kept;
    }

    private Optional<Kept> read() {
        Optional<Path> entry = cache.find(KIND, key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode stored = JSON.readTree(entry.get().resolve(FILE).toFile());
            JsonNode probe = stored.path("probe");
            if (!Result.OK.equals(probe.path(Key.STATUS).asText()) || !probe.path(Key.FIXTURES).isArray()) {
                throw new IOException("not a discovery that passed");
            }
            return Optional.of(new Kept(probe, Instant.parse(stored.path("discovered").asText())));
        } catch (IOException | RuntimeException unreadable) {
            cache.discard(entry.get());
            return Optional.empty();
        }
    }

    private void keep(JsonNode probe, Instant discovered) {
        if (key == null) {
            return;
        }
        ObjectNode stored = JSON.createObjectNode();
        stored.put("discovered", discovered.toString());
        stored.set("probe", probe);
        try {
            cache.store(KIND, key, folder -> Files.writeString(folder.resolve(FILE), JSON.writeValueAsString(stored),
                    StandardCharsets.UTF_8));
        } catch (IOException unwritable) {
            cache.warn("the discovered fixtures could not be kept in the cache (" + unwritable.getMessage() + ")");
        }
    }

    private static ApiFixtures fixtures(JsonNode probe) {
        List<FixtureInfo> fixtures = new ArrayList<>();
        Map<String, String> methods = new HashMap<>();
        for (JsonNode node : probe.path(Key.FIXTURES)) {
            List<String> dependsOn = new ArrayList<>();
            node.path(Key.DEPENDS_ON).forEach(d -> dependsOn.add(d.asText()));
            String name = node.path(Key.NAME).asText();
            fixtures.add(new FixtureInfo(name, FixtureType.of(node.path(Key.TYPE).asText()),
                    FixtureScope.of(node.path(Key.SCOPE).asText()), node.path(Key.CATEGORY).asText(""),
                    node.path(Key.DECLARED_IN).asText(),
                    dependsOn));
            if (node.hasNonNull(Key.METHOD)) {
                methods.put(name, node.path(Key.METHOD).asText());
            }
        }
        return new ApiFixtures(fixtures, methods);
    }
}
