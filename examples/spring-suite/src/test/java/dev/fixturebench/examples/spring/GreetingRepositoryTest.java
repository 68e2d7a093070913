package dev.fixturebench.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/** Data slice on an in-memory H2; shares its cached context with {@link GreetingRepositoryCountTest}. */
@JdbcTest
@Import(GreetingRepository.class)
class GreetingRepositoryTest {

    @Autowired
    GreetingRepository repository;

    @Test
    void readsTheSeededRowsInOrder() {
        assertThat(repository.findAllTexts()).containsExactly("Hello", "Bonjour", "Hallo");
    }

    @Test
    void findsOneRowById() {
        assertThat(repository.findText(2)).contains("Bonjour");
        assertThat(repository.findText(99)).isEmpty();
    }

    @Test
    void addedRowIsReadBack() {
        repository.add(10, "Hola");

        assertThat(repository.findText(10)).contains("Hola");
    }
}
