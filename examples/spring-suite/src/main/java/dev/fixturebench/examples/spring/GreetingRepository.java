package dev.fixturebench.examples.spring;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored greetings, in the table {@code greeting(id, text)} (see schema.sql and data.sql). */
@Repository
public class GreetingRepository {

    private final JdbcClient jdbc;

    public GreetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> findAllTexts() {
        return jdbc.sql("SELECT text FROM greeting ORDER BY id").query(String.class).list();
    }

    public Optional<String> findText(long id) {
        return jdbc.sql("SELECT text FROM greeting WHERE id = ?").param(id).query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM greeting").query(Long.class).single();
    }

    public void add(long id, String text) {
        jdbc.sql("INSERT INTO greeting (id, text) VALUES (?, ?)").param(id).param(text).update();
    }
}
