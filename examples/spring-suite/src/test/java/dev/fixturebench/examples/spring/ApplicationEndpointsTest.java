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

/** Full context, configured exactly like {@link ApplicationTest}: it reuses that class's cached context. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreetingRepository repository;

    @Test
    void greetTrimsTheName() throws Exception {
        mvc.perform(get("/greet").param("name", "  Ada  "))
                .andExpect(status().isOk())
                .andExpect(content().string("Hello, Ada!"));
    }

    @Test
    void blankNameIsABadRequest() throws Exception {
        mvc.perform(get("/greet").param("name", " ")).andExpect(status().isBadRequest());
    }

    @Test
    void repositoryReadsTheSeededRows() {
        assertThat(repository.findAllTexts()).containsExactly("Hello", "Bonjour", "Hallo");
    }
}
