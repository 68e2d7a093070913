package dev.fixturebench.pipeline;

import java.nio.file.Path;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.results.ResultsJson;
import dev.fixturebench.report.ComparisonMarkdown;
import dev.fixturebench.results.ResultsFile;

/**
 * The {@code compare} command: sets two results files against each other, with no run, and prints the comparison (the
 * report's section, or its JSON); --fail-if-slower turns it into the CI gate.
 */
public final class ComparePipeline {

    private final Path before;
    private final Path after;
    private final RegressionGate gate;
    private final Console console;

    public ComparePipeline(Path before, Path after, RegressionGate gate, Console console) {
        this.before = before;
        this.after = after;
        this.gate = gate;
        this.console = console;
    }

    /** Prints the comparison, as JSON when {@code json}, and returns the gate's exit code. */
    public int compare(boolean json) {
        return Guard.run(console, null, (work, progress) -> {
            ResultsFile earlier = EarlierResults.read(before, "BEFORE");
            ResultsFile now = EarlierResults.read(after, "AFTER");
            RunResult compared = EarlierResults.comparedWith(earlier, now.run());
            progress.close();
            console.out().print(json ? ResultsJson.writeComparison(compared.comparison())
                    : ComparisonMarkdown.section(compared));
            console.out().flush();
            return gate.judge(compared.comparison(), console.err());
        });
    }
}
