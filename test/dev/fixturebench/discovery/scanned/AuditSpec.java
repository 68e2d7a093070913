package dev.fixturebench.discovery.scanned;

import org.junit.jupiter.api.Test;

/** The second concrete subclass: extensions only through a composed annotation; the inherited @AfterEach hidden. */
@IntegrationSpecification
public class AuditSpec extends BaseSuiteSpec {

    @Override
    void disconnectBase() {
        // overridden without @AfterEach: JUnit no longer runs it for this class
    }

    @Test
    void audits() {
    }
}
