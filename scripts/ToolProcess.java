import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs the tool as the benchmark scripts do ({@code //SOURCES ToolProcess.java}): its standard error shown as it
 * goes, its standard output sent to ours' error too, so a script's own standard output carries only its table.
 */
final class ToolProcess {

    private ToolProcess() {
    }

    /** Runs {@code command} to its end and returns its exit code. */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread copier = new Thread(() -> copy(process.getInputStream()));
        copier.start();
        int exit = process.waitFor();
        copier.join();
        return exit;
    }

    private static void copy(InputStream in) {
        try (in) {
            in.transferTo(System.err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
