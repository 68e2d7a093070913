package dev.fixturebench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.model.Hotspot;

/** The suite's own methods a profiled build spent its time in, read from async-profiler's collapsed stacks. */
class OwnCodeTest {

    @TempDir
    Path folder;

    @Test
    void countsEachOwnMethodOncePerSampleWithWhatItCalled() throws IOException {
        Path raw = folder.resolve("wall.collapsed.txt");
        Files.writeString(raw, String.join("\n",
                // a bean's constructor under the framework's context start, sleeping: 200 samples
                "java/lang/Thread.run_[j];io/micronaut/context/DefaultBeanContext.start_[j];"
                        + "app/$SlowStartBean$Definition.instantiate_[j];app/SlowStartBean.<init>_[j];"
                        + "java/lang/Thread.sleep_[j];__nanosleep 200",
                // recursion counts once per sample
                "java/lang/Thread.run_[j];app/Tree.walk_[j];app/Tree.walk_[j];app/Tree.walk_[j] 30",
                // framework time alone is nobody's own code
                "java/lang/Thread.run_[j];io/micronaut/context/DefaultBeanContext.start_[j] 69",
                // one sample in 300: under the floor of one in a hundred
                "java/lang/Thread.run_[j];app/Rare.call_[j] 1"), StandardCharsets.UTF_8);
        Set<String> own = Set.of("app.SlowStartBean", "app.$SlowStartBean$Definition", "app.Tree", "app.Rare");
        List<Hotspot> hotspots = OwnCode.hotspots(CollapsedStacks.read(raw), own, 1, 5);
        assertEquals(List.of(new Hotspot("SlowStartBean.<init>", 200), new Hotspot("Tree.walk", 30)), hotspots,
                "generated bean definitions and rare frames left out; ms = samples x interval");
        assertEquals(List.of(new Hotspot("SlowStartBean.<init>", 400)),
                OwnCode.hotspots(CollapsedStacks.read(raw), own, 2, 1), "top 1, every 2 ms");
        Path threads = folder.resolve("threads.collapsed.txt");
        Files.write(threads, Files.readAllLines(raw).stream().map(line -> "[main tid=7];" + line).toList());
        assertEquals(hotspots, OwnCode.hotspots(CollapsedStacks.read(threads), own, 1, 5),
                "recorded with threads: the thread is no frame, the same methods and times");
    }

    @Test
    void theSuitesOwnClassesAreThoseInItsFolders() throws IOException {
        Path classes = folder.resolve("classes");
        Files.createDirectories(classes.resolve("app/inner"));
        Files.write(classes.resolve("app/Bean.class"), new byte[] {1});
        Files.write(classes.resolve("app/inner/Bean$1.class"), new byte[] {1});
        Files.write(classes.resolve("app/readme.txt"), new byte[] {1});
        Path jar = folder.resolve("lib.jar");
        Files.write(jar, new byte[] {1});
        assertEquals(Set.of("app.Bean", "app.inner.Bean$1"), OwnCode.classesIn(List.of(classes, jar,
                folder.resolve("missing"))));
    }
}
