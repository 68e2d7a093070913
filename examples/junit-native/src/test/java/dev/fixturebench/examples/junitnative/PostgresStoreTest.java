package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The store on PostgreSQL: disabled by a condition unless {@code -Dstore.postgres.url} is set, so nothing runs. */
@EnabledIfSystemProperty(named = "store.postgres.url", matches = ".+",
        disabledReason = "needs a PostgreSQL server: set -Dstore.postgres.url")
class PostgresStoreTest {

    private static String url;

    @BeforeAll
    static void connect() {
        url = System.getProperty("store.postgres.url");
    }

    @Test
    void urlNamesAPostgresDatabase() {
        assertTrue(url.startsWith("jdbc:postgresql://"), url);
    }
}
