package dev.fixturebench.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe's JSON writer: what a fork reports survives the file and Jackson, whatever the suite's names hold. */
class JsonOutTest {

    @Test
    void writesTextWithLoneSurrogatesAsUtf8ThatJacksonReadsBack(@TempDir Path folder) throws Exception {
        // jsoup's suite names tests with broken UTF-16; a whole-suite fork once died writing them
        String lone = "bad \uD800 name";
        String pair = "emoji \uD83D\uDE00";
        Path file = folder.resolve("result.json");
        ProbeMain.write(file, JsonOut.write(Map.of("tests", List.of(lone, pair, "tab\tquote\"nl\n"))));
        var read = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).get("tests");
        assertEquals("bad \uFFFD name", read.get(0).asText());
        assertEquals(pair, read.get(1).asText());
        assertEquals("tab\tquote\"nl\n", read.get(2).asText());
    }
}
