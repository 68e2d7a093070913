package dev.fixturebench.examples.spring;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice; shares its cached context with {@link GreetingControllerErrorsTest} (same slice, same mock). */
@WebMvcTest(GreetingController.class)
class GreetingControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GreetingService greetingService;

    @Test
    void greetsByName() throws Exception {
        given(greetingService.greet("Ada")).willReturn("Hello, Ada!");

        mvc.perform(get("/greet").param("name", "Ada"))
                .andExpect(status().isOk())
                .andExpect(content().string("Hello, Ada!"));
    }

    @Test
    void passesTheNameToTheService() throws Exception {
        given(greetingService.greet("Grace")).willReturn("Hi, Grace!");

        mvc.perform(get("/greet").param("name", "Grace")).andExpect(status().isOk());

        verify(greetingService).greet("Grace");
    }

    @Test
    void answersPlainText() throws Exception {
        given(greetingService.greet("Alan")).willReturn("Hello, Alan!");

        mvc.perform(get("/greet").param("name", "Alan"))
                .andExpect(content().contentTypeCompatibleWith("text/plain"));
    }
}
