package dev.fixturebench.discovery.scanned;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A plain abstract base: its instance extension lives as long as the instance of the class that runs it. */
public abstract class PlainBaseSpec {

    @RegisterExtension
    RecordingExtension recorder = new RecordingExtension();

    @TempDir
    Path scratch;
}
