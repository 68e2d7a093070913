package dev.fixturebench.examples.spring;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Web slice of the other controller: configured like {@link GreetingControllerTest} but for its own controller, so it
 * builds a web-slice context of its own.
 */
@WebMvcTest(GreetingApiController.class)
class GreetingApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GreetingService greetingService;

    @Test
    void answersTheGreetingAsJson() throws Exception {
        given(greetingService.greet("Ada")).willReturn("Hello, Ada!");

        mvc.perform(get("/api/greeting").param("name", "Ada"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.name").value("Ada"))
                .andExpect(jsonPath("$.text").value("Hello, Ada!"));
    }

    @Test
    void theOtherControllerIsNotInThisSlice() throws Exception {
        mvc.perform(get("/greet").param("name", "Ada")).andExpect(status().isNotFound());
    }
}
