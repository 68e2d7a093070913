package dev.fixturebench.discovery.scanned;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** A plain abstract base: its instance field's scope depends on the lifecycle of the class that runs it. */
public abstract class PlainBaseSpec {

    @TempDir
    Path scratch;
}
