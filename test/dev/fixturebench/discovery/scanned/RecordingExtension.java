package dev.fixturebench.discovery.scanned;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** An extension that does nothing, for {@link dev.fixturebench.discovery.SuiteScannerTest} to find registered. */
public final class RecordingExtension implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // nothing: only its registration is scanned
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // nothing: only its registration is scanned
    }
}
