package dev.fixturebench.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Like {@link ApplicationTest} but for one active profile, {@code slow}: a full context of its own. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("slow")
class ApplicationSlowProfileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Environment environment;

    @Test
    void slowProfileIsActive() {
        assertThat(environment.getActiveProfiles()).containsExactly("slow");
        assertThat(environment.getProperty("catalog.warm-up.label")).isEqualTo("slow");
    }

    @Test
    void greetEndpointAnswers() throws Exception {
        mvc.perform(get("/greet").param("name", "x")).andExpect(content().string("Hello, x!"));
    }
}
