package dev.fixturebench.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Configured as {@link ApplicationTest}, so it uses the same cached context, but {@code @DirtiesContext} closes that
 * context after this class: the next class configured alike finds the cache empty and builds it again.
 * {@code @DirtiesContext} is no part of the configuration's cache key.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class ApplicationDirtiesContextTest {

    @Autowired
    CatalogWarmer catalogWarmer;

    @Test
    void catalogIsWarm() {
        assertThat(catalogWarmer.isWarm()).isTrue();
    }
}
