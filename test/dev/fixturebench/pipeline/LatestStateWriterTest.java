package dev.fixturebench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

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
        }
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
