package dev.fixturebench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports, results and pages are written whole and readable as the user's umask says, like any file they write. */
class AtomicFileTest {

    @Test
    void aFileWrittenWholeGetsTheModeOfAPlainWriteAndLeavesNothingBehind(@TempDir Path folder) throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path plain = Files.writeString(folder.resolve("plain.txt"), "a plain write");
        Path report = folder.resolve("sub/report.md");
        AtomicFile.write(report, "first");
        AtomicFile.write(report, "second");
        assertEquals("second", Files.readString(report));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report),
                "the umask decides, as for " + plain);
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList(), "no part left behind");
        }
    }
}
