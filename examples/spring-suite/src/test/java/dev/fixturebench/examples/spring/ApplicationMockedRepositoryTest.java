package dev.fixturebench.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Like {@link ApplicationTest} but for one mocked bean, {@link GreetingRepository}: a full context of its own. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationMockedRepositoryTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GreetingRepository repository;

    @Test
    void repositoryIsTheMock() {
        given(repository.findAllTexts()).willReturn(List.of("Salut"));

        assertThat(repository.findAllTexts()).containsExactly("Salut");
    }

    @Test
    void theRestOfTheApplicationIsReal() throws Exception {
        mvc.perform(get("/greet").param("name", "x")).andExpect(content().string("Hello, x!"));
    }
}
