package dev.fixturebench.report;

import java.util.Locale;

import dev.fixturebench.model.Comparison;
import dev.fixturebench.model.RunResult;

/**
 * The report's comparison with earlier results ({@code --compare}): the fixtures whose init changed, then every
 * fixture both runs measured with its differences, and the fixtures added and removed.
 */
public final class ComparisonMarkdown {

    private ComparisonMarkdown() {
    }

    /** The section alone, as the {@code compare} command prints it; empty when {@code run} was compared with nothing. */
    public static String section(RunResult run) {
        StringBuilder md = new StringBuilder();
        append(md, run);
        return md.toString().stripLeading();
    }

    static void append(StringBuilder md, RunResult run) {
        Comparison comparison = run.comparison();
        if (comparison == null) {
            return;
        }
        md.append("\n## Compared with earlier results\n\n");
        md.append("Against ").append(Markdown.code(comparison.against())).append(", written ")
                .append(comparison.againstDate()).append(String.format(Locale.ROOT, ". A fixture's init *changed*"
                        + " when the difference passes both runs' noise (twice the sum of their MADs, with their"
                        + " min–max ranges apart, each with two readings or more) and %.0f %% of the earlier median.%n%n", comparison.thresholdPct()));
        if (!comparison.nowFailing().isEmpty()) {
            md.append("Now failing (built before): ").append(String.join(", ", comparison.nowFailing().stream()
                    .map(Markdown::text).toList())).append("\n\n");
        }
        if (comparison.changed().isEmpty()) {
            md.append("Changed: none.\n");
        } else {
            md.append("Changed: ").append(String.join(", ", comparison.changed().stream()
                    .map(d -> Markdown.code(d.name()) + (d.slower() ? " slower" : " faster")
                            + String.format(Locale.ROOT, " (%+.1f %%)", d.initPct())).toList())).append('\n');
        }
        md.append("\n| Fixture | Init before (ms) | Init now (ms) | Δ init (ms) | Δ init (%) | Noise (ms) |"
                + " Δ heap (MiB) | Δ RSS (MiB) | Δ GPU (MiB) | Changed |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Comparison.Delta delta : comparison.fixtures()) {
            md.append("| ").append(Markdown.code(delta.name())).append(" | ").append(number(delta.initBefore(), "%.1f"))
                    .append(" | ").append(number(delta.initAfter(), "%.1f")).append(" | ")
                    .append(number(delta.initMs(), "%+.1f")).append(" | ").append(number(delta.initPct(), "%+.1f"))
                    .append(" | ").append(number(delta.noiseMs(), "%.1f")).append(" | ")
                    .append(number(delta.heapMib(), "%+.1f")).append(" | ").append(number(delta.rssMib(), "%+.1f"))
                    .append(" | ").append(number(delta.gpuMib(), "%+.1f")).append(" | ")
                    .append(delta.changed() ? delta.slower() ? "slower" : "faster" : "—").append(" |\n");
        }
        md.append("\nAdded (only this run measured them): ").append(names(comparison.added())).append('\n');
        md.append("\nRemoved (only the earlier run measured them): ").append(names(comparison.removed())).append('\n');
    }

    private static String names(java.util.List<String> names) {
        return names.isEmpty() ? "none." : String.join(", ", names.stream().map(Markdown::code).toList()) + ".";
    }

    private static String number(Double value, String format) {
        return value == null ? "—" : String.format(Locale.ROOT, format, value);
    }
}
