package dev.fixturebench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.report.ResultFormat;
import dev.fixturebench.report.SampleRuns;

/** Outputs are rewritten on a thread of their own: measuring never waits for them, and the newest state wins. */
class LatestStateWriterTest {

    /** A format that records what it was given, and can be held in the middle of a write. */
    private static final class Recording implements ResultFormat {
        final List<Instant> written = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        volatile boolean hold = true;
        volatile boolean fail;
        boolean everyState = true;
        long writeMillis;

        @Override
        public boolean everyState() {
            return everyState;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Path location() {
            return Path.of("nowhere");
        }

        @Override
        public void write(RunResult run) throws IOException {
            entered.countDown();
            if (hold) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fail) {
                throw new IOException("disk full");
            }
            if (writeMillis > 0) {
                try {
                    Thread.sleep(writeMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            written.add(run.generated());
        }
    }

    private static RunResult at(long second) {
        RunResult sample = SampleRuns.run();
        return RunResult.of(Instant.ofEpochSecond(second), sample.environment(), sample.settings(), sample.suite(),
                sample.baseline(), sample.fixtures());
    }

    @Test
    void anOfferNeverWaitsForAWriteAndStatesReplacedMeanwhileAreSkipped() throws Exception {
        Recording format = new Recording();
        try (LatestStateWriter writes = new LatestStateWriter(new ReportWriter(List.of(format)))) {
            writes.offer(at(1));
            assertTrue(format.entered.await(10, TimeUnit.SECONDS), "the first state is being written");
            long start = System.nanoTime();
            writes.offer(at(2)); // the write of state 1 is held: these return at once
            writes.offer(at(3));
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "offers did not wait for the held write");
            format.hold = false;
            format.release.countDown();
            writes.flush();
            assertEquals(List.of(Instant.ofEpochSecond(1), Instant.ofEpochSecond(3)), format.written,
                    "state 2, replaced before its turn, is skipped; the newest is written");
            LatestStateWriter.Counts counts = writes.counts();
            assertEquals(3, counts.offered(), "three states handed over");
            assertEquals(2, counts.written(), "states 1 and 3 written");
            assertEquals(1, counts.skipped(), "state 2 skipped");
            assertTrue(counts.busyNanos() > 0, "the held write took time: " + counts.busyNanos());
        }
    }

    @Test
    void theStatsFileHoldsTheCountsTheWaitAndEachFormatsWrite(@TempDir Path dir) throws Exception {
        Recording format = new Recording();
        format.hold = false;
        Path stats = dir.resolve("writing.tsv");
        LatestStateWriter writes = new LatestStateWriter(new ReportWriter(List.of(format)), stats);
        writes.offer(at(1));
        writes.flush();
        writes.offer(at(2));
        writes.close();
        List<String> lines = Files.readAllLines(stats);
        assertEquals(List.of("offered\t2", "written\t2", "skipped\t0"), lines.subList(0, 3),
                String.join("\n", lines));
        assertTrue(lines.get(3).matches("waited_ns\t\\d+"), lines.get(3));
        assertEquals(2, lines.stream().filter(l -> l.matches("write\t[12]\trecording\t\\d+\t-?\\d+")).count(),
                "one line per state and format: " + lines);
        assertEquals(6, lines.size(), "nothing else: " + lines);
        assertEquals(List.of(Instant.ofEpochSecond(1), Instant.ofEpochSecond(2)), format.written);
    }

    @Test
    void theLastStateWrittenAtTheEndIsTimedIntoTheFileThePropertyNames(@TempDir Path dir) throws Exception {
        Recording format = new Recording();
        format.hold = false;
        Path stats = dir.resolve("writing.tsv");
        String before = System.getProperty(LatestStateWriter.STATS_PROPERTY);
        System.setProperty(LatestStateWriter.STATS_PROPERTY, stats.toString());
        try {
            LatestStateWriter.writeLast(new ReportWriter(List.of(format)), at(7));
        } finally {
            if (before == null) {
                System.clearProperty(LatestStateWriter.STATS_PROPERTY);
            } else {
                System.setProperty(LatestStateWriter.STATS_PROPERTY, before);
            }
        }
        assertEquals(List.of(Instant.ofEpochSecond(7)), format.written);
        List<String> lines = Files.readAllLines(stats);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("write\t-1\trecording\t\\d+\t-?\\d+"), lines.get(0));
    }

    @Test
    void theResultsAreWrittenForEveryStateAndASlowFormatOnlyOnceItsGapIsUp() throws Exception {
        Recording results = new Recording();
        results.hold = false;
        Recording site = new Recording();
        site.hold = false;
        site.everyState = false;
        site.writeMillis = 20; // its next write is due 49 x 20 ms after this one began: after the states below
        try (LatestStateWriter writes = new LatestStateWriter(new ReportWriter(List.of(results, site)))) {
            for (int state = 1; state <= 30; state++) {
                writes.offer(at(state));
                writes.flush();
                Thread.sleep(5);
            }
        }
        assertEquals(30, results.written.size(), "every state's results: " + results.written);
        assertEquals(Instant.ofEpochSecond(30), results.written.get(29));
        assertTrue(site.written.size() <= 3, "the slow format waits out its gap: " + site.written);
        assertEquals(Instant.ofEpochSecond(1), site.written.get(0), "the first state is written in every format");
    }

    @Test
    void aFailedWriteIsPassedOnAtTheNextOfferOrFlush() throws Exception {
        Recording format = new Recording();
        format.hold = false;
        format.fail = true;
        LatestStateWriter writes = new LatestStateWriter(new ReportWriter(List.of(format)));
        writes.offer(at(1));
        IOException failure = assertThrows(IOException.class, writes::flush);
        assertTrue(failure.getMessage().contains("could not write the recording to nowhere: disk full"),
                failure.getMessage());
        assertThrows(IOException.class, () -> writes.offer(at(2)), "no state is taken after a failure");
        assertThrows(IOException.class, writes::close);
    }
}
