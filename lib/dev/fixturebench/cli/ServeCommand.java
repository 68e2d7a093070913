package dev.fixturebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.fixturebench.site.SiteServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fixture-bench serve}: the site a run wrote, on a local HTTP server, until Ctrl-C. */
@Command(name = "serve", header = "Serve a run's site on http://127.0.0.1:PORT/.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {"Serves the site a run wrote on http://127.0.0.1:PORT/ and prints its address, until Ctrl-C."
                + " Browsers refuse the profile viewer's requests over file://; every other page works from the file"
                + " system too."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  fixture-bench serve                     the site of the last run in " + OutputMixin.DEFAULT_OUT,
            "  fixture-bench serve --out=/tmp/bench --port=0   another run's site, on any free port"})
final class ServeCommand extends Subcommand {

    static final int DEFAULT_PORT = 8000;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT, order = 1,
            description = "The port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = OutputMixin.DEFAULT_OUT, order = 2,
            description = "The run's --out folder; its site/ is served. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--site", paramLabel = "DIR", order = 3,
            description = "The site's folder, where the run wrote it elsewhere (its --site).")
    Path site;

    @Override
    public Integer call() {
        Path folder = site != null ? site : out.resolve("site");
        if (port < 0 || port > 65535) {
            throw usage("Invalid value for option '--port': " + port + " — a port is 0 (any free one) to 65535.");
        }
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            throw usage("No site in " + folder.toAbsolutePath() + ": run fixture-bench first (it writes its site"
                    + " there), or point --site (or --out) at the folder of one.");
        }
        SiteServer server;
        try {
            server = SiteServer.start(folder, port);
        } catch (IOException e) {
            throw usage("--port=" + port + ": " + e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Serving " + folder.toAbsolutePath().normalize() + " at " + server.uri());
        printer.println("Open " + server.uri() + " in a browser; press Ctrl-C to stop.");
        printer.flush();
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
