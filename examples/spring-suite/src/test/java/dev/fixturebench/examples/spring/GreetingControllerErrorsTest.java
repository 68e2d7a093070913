package dev.fixturebench.examples.spring;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice, configured exactly like {@link GreetingControllerTest}: it reuses that class's cached context. */
@WebMvcTest(GreetingController.class)
class GreetingControllerErrorsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GreetingService greetingService;

    @Test
    void missingNameIsABadRequest() throws Exception {
        mvc.perform(get("/greet")).andExpect(status().isBadRequest());

        verifyNoInteractions(greetingService);
    }

    @Test
    void serviceRejectionIsABadRequest() throws Exception {
        given(greetingService.greet(anyString())).willThrow(new IllegalArgumentException("name must not be blank"));

        mvc.perform(get("/greet").param("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("name must not be blank"));
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        mvc.perform(get("/farewell").param("name", "Ada")).andExpect(status().isNotFound());
    }
}
