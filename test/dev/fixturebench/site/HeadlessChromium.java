package dev.fixturebench.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver, for tests that open a page the tool wrote: it
 * keeps the page's console errors and every URL the page requested. Nothing is downloaded: the driver's path is given,
 * so Selenium Manager never runs. Each instance has a fresh profile, deleted by {@link #close()}.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** A screenshot with at most this many distinct colours shows nothing drawn. */
    private static final int BLANK_COLOURS = 4;
    /** A pixel whose channels differ by more than this is coloured, not grey. */
    private static final int GREY_SPREAD = 48;
    /** Schemes the browser answers itself, without a request to any host. */
    private static final Set<String> BROWSER_INTERNAL = Set.of("data", "blob", "about", "chrome", "chrome-extension");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> requestedUrls = new ArrayList<>();

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts the browser, with a 1280x900 window.
     *
     * @throws IllegalStateException when Chromium or chromedriver is not installed, saying how to install them
     */
    public static HeadlessChromium open() throws IOException {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing: the browser tests drive Debian's Chromium; "
                        + "install it with `apt-get install chromium chromium-driver` (.ci/run does)");
            }
        }
        Path profile = Files.createTempDirectory("fixture-bench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                // WebGL (speedscope's flame chart) then runs on SwiftShader, Chromium's software renderer; without this
                // flag Chromium still falls back to it but warns that the fallback is deprecated
                "--enable-unsafe-swiftshader",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The messages the pages logged at level SEVERE (console errors, failed loads) since the browser started. */
    public List<String> consoleErrors() {
        readLogs();
        return List.copyOf(consoleErrors);
    }

    /** Every URL the pages requested since the browser started, in order, web sockets included. */
    public List<String> requestedUrls() {
        readLogs();
        return List.copyOf(requestedUrls);
    }

    /** Whether a PNG screenshot (of the page or an element) shows nothing drawn: a handful of colours at most. */
    public static boolean isBlank(byte[] png) {
        BufferedImage image = decode(png);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (colours.add(image.getRGB(x, y)) && colours.size() > BLANK_COLOURS) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Waits until the speedscope viewer in the current page has imported the profile titled {@code title} (it names
     * the page after it) and drawn its flame chart in colour; the chart's screenshot. Fails after 30 s.
     */
    public byte[] awaitFlameChart(String title) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
        wait.withMessage("speedscope did not load the profile").until(page -> page.getTitle()
                .equals(title + " - speedscope"));
        // the last canvas is the flame chart's: its frames are WebGL rectangles in colour, their names text
        return wait.withMessage("speedscope did not draw the flame chart").until(page -> {
            List<WebElement> canvases = page.findElements(By.tagName("canvas"));
            if (canvases.isEmpty()) {
                return null;
            }
            byte[] png = canvases.get(canvases.size() - 1).getScreenshotAs(OutputType.BYTES);
            return isBlank(png) || !hasColour(png) ? null : png;
        });
    }

    /**
     * The view the speedscope viewer in the current page shows, as its toolbar's highlighted tab reads: {@code Time
     * Order}, {@code Left Heavy} or {@code Sandwich}; null when the toolbar is not drawn.
     */
    public String viewerView() {
        // its class names are hashes: the highlighted tab is the one styled unlike the other two
        return (String) driver.executeScript("""
                const names = ['Time Order', 'Left Heavy', 'Sandwich'];
                const tabs = [...document.querySelectorAll('div')].filter(d => names.some(n => d.textContent.endsWith(n))
                    && d.children.length === 1 && d.children[0].tagName === 'SPAN');
                const lone = tabs.filter(t => tabs.filter(o => o.className === t.className).length === 1);
                return tabs.length === 3 && lone.length === 1
                    ? names.find(n => lone[0].textContent.endsWith(n)) : null;
                """);
    }

    /**
     * The profile the speedscope viewer in the current page shows, as its toolbar reads: {@code main tid=8 (1/3)};
     * null when the toolbar is not drawn.
     */
    public String viewerProfile() {
        return (String) driver.executeScript("""
                const shown = [...document.querySelectorAll('span')].find(s => s.children.length === 1
                    && /^\\(\\d+\\/\\d+\\)$/.test(s.children[0].textContent));
                return shown ? shown.textContent.trim() : null;
                """);
    }

    /**
     * Whether any pixel of a PNG screenshot is clearly coloured, not grey: speedscope's text and grid are grey, the
     * frames it draws with WebGL are not.
     */
    public static boolean hasColour(byte[] png) {
        BufferedImage image = decode(png);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int red = rgb >> 16 & 0xff;
                int green = rgb >> 8 & 0xff;
                int blue = rgb & 0xff;
                if (Math.max(red, Math.max(green, blue)) - Math.min(red, Math.min(green, blue)) > GREY_SPREAD) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Asserts that every URL went to {@code origin}'s scheme, host and port, but for those the browser answers itself
     * ({@code data:}, {@code blob:}, {@code about:}, {@code chrome-extension:}, and {@code chrome:}, its new-tab page,
     * which Chromium loads at start from resources built into it).
     *
     * @param origin the address of the site served, such as {@link SiteServer#uri()}
     * @param urls the URLs requested, such as {@link #requestedUrls()}
     */
    public static void assertAllFrom(URI origin, List<String> urls) {
        List<String> elsewhere = new ArrayList<>();
        for (String url : urls) {
            URI uri = URI.create(url);
            if (!BROWSER_INTERNAL.contains(uri.getScheme()) && !(origin.getScheme().equals(uri.getScheme())
                    && origin.getAuthority().equals(uri.getAuthority()))) {
                elsewhere.add(url);
            }
        }
        if (!elsewhere.isEmpty()) {
            throw new AssertionError("requests to another origin than " + origin + ": " + elsewhere);
        }
    }

    private static BufferedImage decode(byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (image == null) {
            throw new IllegalArgumentException("not a PNG image (" + png.length + " bytes)");
        }
        return image;
    }

    /** The browser's logs are read once: what each read returns is kept here. */
    private void readLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message;
            try {
                message = JSON.readTree(entry.getMessage()).path("message");
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable performance log entry: " + entry.getMessage(), e);
            }
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> requestedUrls.add(message.at("/params/request/url").asText());
                case "Network.webSocketCreated" -> requestedUrls.add(message.at("/params/url").asText());
                default -> {
                }
            }
        }
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        // the browser's last processes may still write to the profile for a moment after quitting
        for (int attempt = 1; Files.exists(folder); attempt++) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(path);
                }
                return;
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw new UncheckedIOException("cannot delete the browser profile " + folder,
                            e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
