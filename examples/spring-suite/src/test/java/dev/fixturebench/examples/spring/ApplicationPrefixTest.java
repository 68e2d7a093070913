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

/** Like {@link ApplicationTest} but for one property, {@code greeting.prefix=Hi}: a full context of its own. */
@SpringBootTest(properties = "greeting.prefix=Hi")
@AutoConfigureMockMvc
class ApplicationPrefixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreetingService greetingService;

    @Test
    void serviceUsesThePropertyPrefix() {
        assertThat(greetingService.prefix()).isEqualTo("Hi");
        assertThat(greetingService.greet("x")).isEqualTo("Hi, x!");
    }

    @Test
    void greetEndpointUsesThePropertyPrefix() throws Exception {
        mvc.perform(get("/greet").param("name", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string("Hi, x!"));
    }
}
