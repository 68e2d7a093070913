package dev.fixturebench.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/**
 * Data slice, configured exactly like {@link GreetingRepositoryTest}: it reuses that class's cached context. Each
 * {@code @JdbcTest} method runs in a transaction rolled back afterwards, so the seeded count holds whatever ran first.
 */
@JdbcTest
@Import(GreetingRepository.class)
class GreetingRepositoryCountTest {

    @Autowired
    GreetingRepository repository;

    @Test
    void countsTheSeededRows() {
        assertThat(repository.count()).isEqualTo(3);
    }

    @Test
    void countGrowsWithAnInsert() {
        repository.add(20, "Ciao");
        repository.add(21, "Hej");

        assertThat(repository.count()).isEqualTo(5);
    }
}
