package dev.fixturebench.pipeline;

import java.io.PrintStream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Tells the user what a long run is doing, on standard error: a progress bar on a terminal, plain lines when the
 * output goes to a file or a CI log.
 */
public interface Progress extends AutoCloseable {

    /** Announces a phase without a known length. */
    void phase(String message);

    /** Starts counting {@code total} steps of a phase. */
    void begin(String task, int total);

    /** One step done, with what it gave. */
    void step(String message);

    @Override
    void close();

    /** A bar when standard error is a terminal, lines otherwise. */
    static Progress forConsole(PrintStream err) {
        return System.console() != null ? new Bar(err) : new Lines(err);
    }

    /** One line per step, with a step counter. */
    final class Lines implements Progress {
        private final PrintStream err;
        private String task = "";
        private int total;
        private int done;

        Lines(PrintStream err) {
            this.err = err;
        }

        @Override
        public void phase(String message) {
            err.println(message);
        }

        @Override
        public void begin(String newTask, int newTotal) {
            task = newTask;
            total = newTotal;
            done = 0;
        }

        @Override
        public void step(String message) {
            done++;
            err.printf("[%s %d/%d] %s%n", task, done, total, message);
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /** A progress bar redrawn in place, its extra message showing the last step. */
    final class Bar implements Progress {
        private final PrintStream err;
        private ProgressBar bar;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void phase(String message) {
            close();
            err.println(message);
        }

        @Override
        public void begin(String task, int total) {
            close();
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).continuousUpdate()
                    .build();
        }

        @Override
        public void step(String message) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(message);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
