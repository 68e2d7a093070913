package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Sessions over a read-only replica that is slow to start: the suite's most expensive class fixture. */
class ReplicaStoreTest {

    static final int USERS = 1_000;

    private static InMemoryStore replica;

    private KeyValueStore session;

    /** A replica takes 300 ms to catch up with its primary, then holds the seeded users. */
    @BeforeAll
    static void startSlowReplica() throws InterruptedException {
        Thread.sleep(300);
        replica = new InMemoryStore();
        for (int i = 0; i < USERS; i++) {
            String id = Integer.toString(i);
            replica.put("user:".concat(id), "name-".concat(id));
        }
    }

    @BeforeEach
    void openSession(TestInfo info) {
        session = new InMemoryStore();
        for (String key : replica.keys()) {
            replica.get(key).ifPresent(value -> session.put(key, value));
        }
        session.put("session", info.getDisplayName());
    }

    @AfterEach
    void checkReplicaUntouched() {
        assertEquals(USERS, replica.size(), "a session must never write through to the replica");
    }

    @AfterAll
    static void stopReplica() {
        replica.clear();
        replica = null;
    }

    @Test
    void readsSeededUser() {
        assertEquals("name-42", session.get("user:42").orElseThrow());
    }

    @Test
    void writesStayInSession() {
        session.put("user:42", "renamed");
        assertEquals("renamed", session.get("user:42").orElseThrow());
        assertEquals("name-42", replica.get("user:42").orElseThrow());
    }

    /** The same session after half of the users were deleted from it. */
    @Nested
    class AfterDeletingEvenUsers {

        @BeforeEach
        void deleteEvenUsers() {
            for (int i = 0; i < USERS; i += 2) {
                session.delete("user:" + i);
            }
        }

        @Test
        void evenUsersAreGone() {
            assertFalse(session.get("user:10").isPresent());
            assertEquals(USERS / 2 + 1, session.size());
        }

        @Test
        void oddUsersRemain() {
            assertTrue(session.get("user:11").isPresent());
        }
    }
}
