package dev.fixturebench.examples.real;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import dev.fixturebench.examples.config.ModelConfig;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.experiment.ExperimentModule;
import dev.fixturebench.examples.experiment.SetupReport;

/** Shared part of the OpenNLP modules: the pretrained model is read from the class path, setup runs it once. */
public abstract class OpenNlpModule implements ExperimentModule {

    private final ModelConfig config;
    private final Corpus corpus;
    private SetupReport report;

    protected OpenNlpModule(ModelConfig config, Corpus corpus) {
        this.config = config;
        this.corpus = corpus;
    }

    @Override
    public final ModelConfig config() {
        return config;
    }

    @Override
    public final synchronized SetupReport setUp() {
        if (report == null) {
            report = new SetupReport(config.key(), corpus.firstLines(config.sizes().batch()).size(), runOnCorpus());
        }
        return report;
    }

    @Override
    public final synchronized Optional<SetupReport> setupReport() {
        return Optional.ofNullable(report);
    }

    /** The corpus the module reads. */
    protected final Corpus corpus() {
        return corpus;
    }

    /** Runs the model over the first {@code batch} corpus lines, keeps what it needs, and returns its metrics. */
    protected abstract Map<String, Double> runOnCorpus();

    /** Reads a model with {@code reader} from the config's class path resource. */
    protected static <M> M load(ModelConfig config, ModelReader<M> reader) {
        try (InputStream in = OpenNlpModule.class.getResourceAsStream(config.artifact())) {
            if (in == null) {
                throw new FileNotFoundException("class path resource " + config.artifact() + " for '"
                        + config.key() + "'");
            }
            return reader.read(new BufferedInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + config.artifact(), e);
        }
    }

    /** An OpenNLP model constructor such as {@code SentenceModel::new}. */
    @FunctionalInterface
    protected interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }
}
