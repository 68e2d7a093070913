///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVAC_OPTIONS -encoding UTF-8
//DEPS info.picocli:picocli:4.7.7
//DEPS org.seleniumhq.selenium:selenium-java:4.52.0
//SOURCES ToolProcess.java

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * The README's picture of the site: a page of a real run's site, as headless Chromium (Debian's, through Debian's
 * chromedriver) draws it, saved as a PNG. Without {@code --site} it first runs {@code ./jbang bench.java} on the
 * bundled example. Run it from the repository root: {@code ./jbang scripts/site-screenshot.java [--site=DIR]}.
 */
@Command(name = "site-screenshot", mixinStandardHelpOptions = true,
        description = {"Save a page of a real run's site as a PNG, drawn by headless Chromium at 1280 px wide.",
            "Without --site: runs ./jbang bench.java on the bundled example first (any other option goes to that run,"
                    + " e.g. --max-fixtures=10) into a temporary --out, and pictures its site."},
        footer = {"", "Needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver).",
            "Example (the README's picture):", "  ./jbang scripts/site-screenshot.java --to=docs/site-overview.png",
            "Exit codes: 0 saved, 1 the run or the browser failed, 2 bad usage."})
class site_screenshot implements Callable<Integer> {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Option(names = "--site", paramLabel = "DIR", description = "a site a run wrote (its folder with index.html)")
    Path site;

    @Option(names = "--page", paramLabel = "PAGE", defaultValue = "index.html",
            description = "the newest run's page to picture: index.html (its overview), fixtures.html, startup.html,"
                    + " suite.html (default: ${DEFAULT-VALUE})")
    String page;

    @Option(names = "--to", paramLabel = "FILE", defaultValue = "site-overview.png",
            description = "where to save the PNG (default: ${DEFAULT-VALUE})")
    Path to;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "900",
            description = "the window's height in pixels, what the picture shows (default: ${DEFAULT-VALUE})")
    int height;

    @Unmatched
    List<String> benchOptions = new ArrayList<>();

    public static void main(String... args) {
        System.exit(new CommandLine(new site_screenshot()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (site != null && !benchOptions.isEmpty()) {
            System.err.println("site-screenshot: error: " + benchOptions + " would go to a run, but --site names a"
                    + " site already written; give one or the other (see --help)");
            return 2;
        }
        if (site != null && !Files.isRegularFile(site.resolve("index.html"))) {
            System.err.println("site-screenshot: error: " + site + " holds no site (no index.html): give the --site"
                    + " or --out/site folder of a run (see --help)");
            return 2;
        }
        if (height < 200) {
            System.err.println("site-screenshot: error: --height must be at least 200 (see --help)");
            return 2;
        }
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                System.err.println("site-screenshot: " + executable + " is missing: apt-get install chromium"
                        + " chromium-driver");
                return 1;
            }
        }
        Path folder = site;
        if (folder == null) {
            Path out = Files.createTempDirectory("site-screenshot-");
            List<String> command = new ArrayList<>(List.of("bash", "jbang", "bench.java", "--out=" + out));
            command.addAll(benchOptions);
            System.err.println("site-screenshot: running " + String.join(" ", command.subList(1, command.size())));
            int exit = ToolProcess.run(command);
            if (exit != 0) {
                System.err.println("site-screenshot: the run ended with exit code " + exit + "; nothing saved");
                return 1;
            }
            folder = out.resolve("site");
        }
        Path profile = Files.createTempDirectory("site-screenshot-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280," + height);
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        try {
            browser.get(folder.toAbsolutePath().resolve("index.html").toUri().toString());
            // the front page lists the runs, newest first
            String newest = browser.findElement(By.cssSelector("#runs tbody tr a")).getAttribute("href");
            browser.get(newest.substring(0, newest.lastIndexOf('/') + 1) + page);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> "complete".equals(browser.executeScript("return document.readyState")));
            Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
            Path target = to.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Saved " + to + " (" + Files.size(target) / 1024 + " KB): " + page + " of the newest run"
                    + " in " + folder);
            return 0;
        } finally {
            browser.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
