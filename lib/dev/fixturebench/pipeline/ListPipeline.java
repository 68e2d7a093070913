package dev.fixturebench.pipeline;

import java.util.List;
import java.util.Optional;

import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.discovery.Selection;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.report.FixtureListing;

/**
 * The {@code list} command: builds and discovers the suite and prints the selected fixtures, as a table or JSON,
 * building none of them.
 */
public final class ListPipeline {

    private final SuiteTarget target;
    private final Selection selection;
    private final ForkOptions forks;
    private final boolean cache;
    private final Optional<Checkout> checkout;
    private final Console console;

    /** {@code cache}: whether the set-up cache is read and written (not --no-cache). */
    public ListPipeline(SuiteTarget target, Selection selection, ForkOptions forks, boolean cache,
                        Optional<Checkout> checkout, Console console) {
        this.cache = cache;
        this.target = target;
        this.selection = selection;
        this.forks = forks;
        this.checkout = checkout;
        this.console = console;
    }

    /** Prints the listing, as JSON when {@code json}, and returns the exit code. */
    public int list(boolean json) {
        return Guard.run(console, null, (work, progress) -> {
            Preparation.Discovered found = new Preparation(target, forks, checkout, Preparation.cache(cache, console))
                    .discover(work, progress, selection);
            List<FixtureInfo> listed = found.selected().stream().map(DiscoveredFixture::info).toList();
            StepLog.mark("listing");
            progress.close();
            console.out().print(json ? FixtureListing.json(found.suite().catalog(), listed)
                    : FixtureListing.table(found.suite().catalog(), listed));
            StepLog.mark("end");
            return 0;
        });
    }
}
