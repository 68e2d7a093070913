package dev.fixturebench.examples.experiment;

import java.util.Optional;

import dev.fixturebench.examples.config.Analysis;
import dev.fixturebench.examples.config.ModelConfig;

/** A configured model under study, like Interpretune's ITModule: built by init, readied by setUp, then analysed. */
public interface ExperimentModule {

    /** The table row it was built from. */
    ModelConfig config();

    /** Prepares the data and runs the model over it once; later calls return the first report. */
    SetupReport setUp();

    /** The report of {@link #setUp()}, empty while the module is only initialized. */
    Optional<SetupReport> setupReport();

    /**
     * Runs one of the config's analyses: on the setup's data and outputs when set up, otherwise on data prepared for
     * this call alone. Never changes the module.
     */
    AnalysisResult analyze(Analysis analysis);

    /** Whether {@link #setUp()} has run. */
    default boolean isSetUp() {
        return setupReport().isPresent();
    }
}
