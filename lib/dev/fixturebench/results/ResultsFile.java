package dev.fixturebench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.model.RunResult;

/**
 * A results file read back into a run, for {@code --compare}, {@code --resume} and merge; one not ours, or
 * newer than this tool, is refused saying why. A format-1 file (no format recorded) serves a comparison only.
 *
 * @param file    where it was read from
 * @param format  its format, 1 when it names none
 * @param run     what it holds; a format-1 file's catalog holds only its measured fixtures
 */
public record ResultsFile(Path file, int format, RunResult run) {

    /** Reads {@code fileOrFolder} (a folder: its {@value ResultsJson#FILE_NAME}); a file that is not ours says why. */
    public static ResultsFile read(Path fileOrFolder) throws IOException {
        Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(ResultsJson.FILE_NAME) : fileOrFolder;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist: give a " + ResultsJson.FILE_NAME
                    + " that Fixture Bench wrote, or the --out folder holding one");
        }
        JsonNode root;
        try {
            root = ResultsJson.parse(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON (" + e.getOriginalMessage() + "): give a "
                    + ResultsJson.FILE_NAME + " that Fixture Bench wrote");
        }
        if (root == null || !root.isObject() || !root.path("fixtures").isArray() || !root.has("generated")) {
            throw new IllegalArgumentException(file + " is not a Fixture Bench results file: it has no \"fixtures\""
                    + " and \"generated\"");
        }
        int format = root.path("format").asInt(1);
        if (format > ResultsJson.FORMAT) {
            throw new IllegalArgumentException(file + " has results format " + format + ", newer than this Fixture"
                    + " Bench reads (" + ResultsJson.FORMAT + "): update the tool, or rerun the benchmark with this one");
        }
        try {
            return new ResultsFile(file, format, ResultsJson.read(root));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " could not be read as Fixture Bench results (format " + format
                    + "): " + e.getMessage(), e);
        }
    }

    /** Fails, saying why and what to do, unless the file has what {@code purpose} needs (format 2). */
    public ResultsFile requireFull(String purpose) {
        if (format < 2) {
            throw new IllegalArgumentException(file + " was written by an older Fixture Bench (results format "
                    + format + ", without the catalog and settings " + purpose + " needs): rerun that benchmark with"
                    + " this version");
        }
        return this;
    }
}
