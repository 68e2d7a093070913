package dev.fixturebench.results;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.fixturebench.model.LeftOutClass;

/**
 * A test class {@code mvn test} leaves out, as the results' {@code left_out_classes} and the list command write it.
 * Named {@code class}, which a Java component cannot be.
 *
 * @param className       the top-level class, binary name
 * @param integrationTest whether it is an integration test
 * @param reason          why it is left out
 */
public record LeftOutEntry(@JsonProperty("class") String className, boolean integrationTest, String reason) {

    public static LeftOutEntry of(LeftOutClass leftOut) {
        return new LeftOutEntry(leftOut.className(), leftOut.integration(), leftOut.reason());
    }

    LeftOutClass leftOut() {
        return new LeftOutClass(className, integrationTest, reason);
    }
}
