package dev.fixturebench.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.report.ReportWriter;
import dev.fixturebench.results.ResultsFile;
import dev.fixturebench.results.ShardMerge;
import dev.fixturebench.suite.SuiteException;

/**
 * The {@code merge} command: joins the results of a run's shards into one report, JSON and site, compared with earlier
 * results where asked; builds and measures nothing. Missing shards are named, not fatal.
 */
public final class MergePipeline {

    private final List<Path> inputs;
    private final OutputFolders output;
    private final Path compare;
    private final RegressionGate gate;
    private final Optional<Checkout> checkout;
    private final Console console;

    /** {@code compare} is null for no comparison. */
    public MergePipeline(List<Path> inputs, OutputFolders output, Path compare, RegressionGate gate,
                         Optional<Checkout> checkout, Console console) {
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.compare = compare;
        this.gate = gate;
        this.checkout = checkout;
        this.console = console;
    }

    /** Merges and returns the exit code. */
    public int merge() {
        return Guard.run(console, null, (work, progress) -> {
            try (OutputLock lock = OutputLock.acquire(output.out())) {
                List<ShardMerge.Part> parts = new ArrayList<>();
                RunResult merged;
                try {
                    for (Path input : inputs) {
                        ResultsFile file = ResultsFile.read(input).requireFull("merge");
                        parts.add(new ShardMerge.Part(file.file().toString(), file.run()));
                    }
                    merged = ShardMerge.merge(parts, Instant.now());
                } catch (IllegalArgumentException e) {
                    throw new SuiteException("merge: " + e.getMessage());
                }
                List<String> missing = ShardMerge.missing(parts);
                if (!missing.isEmpty()) {
                    console.err().println("warning: merge: no results of shard(s) " + String.join(", ", missing)
                            + " were given; the report holds the others' fixtures only.");
                }
                long interrupted = merged.fixtures().stream().filter(FixtureMeasurement::interrupted).count();
                if (interrupted > 0) {
                    console.err().println("warning: merge: " + interrupted + " fixture(s) of the shards were"
                            + " interrupted before they were measured; finish those shards with --resume and merge"
                            + " again.");
                }
                merged = EarlierResults.comparedWith(EarlierResults.read(compare, "--compare"), merged);
                // the site's templates from the user's cache: a merge has no --no-cache, and a cache it cannot use
                // costs a warning, never the merge
                Outputs outputs = new Outputs(output, checkout, console, Preparation.cache(true, console));
                ReportWriter writer = outputs.writer(work, merged.started(), false);
                writer.write(merged);
                progress.close();
                console.out().printf(Locale.ROOT, "Merged %d shard(s) of %s: %d fixture(s).%n", parts.size(),
                        merged.settings().suite(), merged.fixtures().size());
                outputs.printWhereItWent(writer);
                return gate.judge(merged.comparison(), console.err());
            }
        });
    }
}
