package dev.fixturebench.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The full application context, with its 300 ms {@link CatalogWarmer}; {@link ApplicationEndpointsTest} is configured
 * the same way and reuses it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogWarmer catalogWarmer;

    @Autowired
    GreetingService greetingService;

    @Test
    void catalogIsWarm() {
        assertThat(catalogWarmer.isWarm()).isTrue();
    }

    @Test
    void serviceUsesTheDefaultPrefix() {
        assertThat(greetingService.greet("x")).isEqualTo("Hello, x!");
    }

    @Test
    void greetEndpointAnswers() throws Exception {
        mvc.perform(get("/greet").param("name", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string("Hello, x!"));
    }
}
