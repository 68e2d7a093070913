package dev.fixturebench.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.fixturebench.cache.Fingerprint;
import dev.fixturebench.cache.SetupCache;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;

/**
 * The site's jte templates, compiled from their folder, rendering HTML escaped for its context (tag body, attribute,
 * script), so a fixture's name is always text on the page. The compiled classes are kept in the set-up cache, named by
 * the templates' contents, jte and the tool's own classes they are compiled against, and loaded from there.
 */
final class Templates {

    private static final String KIND = "templates";
    private static final String NAMES = "templates.txt";
    private static final String PACKAGE = "gg.jte.generated.precompiled";

    private final TemplateEngine engine;

    /** Compiles every template of {@code folder} into {@code classes}; a template that does not compile throws. */
    Templates(Path folder, Path classes) {
        this(folder, classes, SetupCache.off());
    }

    /**
     * The templates of {@code folder}: loaded from {@code cache} where it keeps them compiled, else compiled (into the
     * cache where it is on, else into {@code classes}); a template that does not compile throws.
     */
    Templates(Path folder, Path classes, SetupCache cache) {
        engine = cache.on() ? cached(folder, cache).orElseGet(() -> compiled(folder, classes))
                : compiled(folder, classes);
    }

    /** {@code template} (its file name) rendered for {@code page}. */
    String render(String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        return output.toString();
    }

    private static TemplateEngine compiled(Path folder, Path classes) {
        TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(folder), classes, ContentType.Html,
                Templates.class.getClassLoader(), PACKAGE);
        precompile(engine, folder);
        return engine;
    }

    /** The engine on the classes {@code cache} keeps for these templates, compiled there first when it has none. */
    private static Optional<TemplateEngine> cached(Path folder, SetupCache cache) {
        String key;
        try {
            key = key(folder);
        } catch (IOException unreadable) {
            return Optional.empty(); // compiled from the folder, which says what is wrong
        }
        Optional<Path> found = cache.find(KIND, key);
        if (found.isPresent()) {
            Optional<TemplateEngine> loaded = load(found.get());
            if (loaded.isPresent()) {
                return loaded;
            }
            cache.discard(found.get());
        }
        Path entry;
        try {
            entry = cache.store(KIND, key, classes -> {
                precompile(TemplateEngine.create(new DirectoryCodeResolver(folder), classes, ContentType.Html,
                        Templates.class.getClassLoader(), PACKAGE), folder);
                Files.write(classes.resolve(NAMES), names(folder), StandardCharsets.UTF_8);
            });
        } catch (IOException unwritable) {
            cache.warn("the site's compiled templates could not be kept in the cache (" + unwritable.getMessage()
                    + ")");
            return Optional.empty();
        }
        return load(entry);
    }

    /** The engine on the compiled classes in {@code entry}, each template's class loaded now; empty where one fails. */
    private static Optional<TemplateEngine> load(Path entry) {
        try {
            List<String> names = Files.readAllLines(entry.resolve(NAMES), StandardCharsets.UTF_8);
            TemplateEngine engine = TemplateEngine.createPrecompiled(entry, ContentType.Html,
                    Templates.class.getClassLoader(), PACKAGE);
            if (names.isEmpty()) {
                return Optional.empty();
            }
            names.forEach(engine::prepareForRendering);
            return Optional.of(engine);
        } catch (IOException | RuntimeException | LinkageError unusable) {
            return Optional.empty();
        }
    }

    /** The names of the templates in {@code folder}, as {@link #render} takes them ({@code overview.jte}). */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(".jte") && Files.isRegularFile(f))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static void precompile(TemplateEngine engine, Path folder) {
        try {
            engine.precompileAll();
        } catch (TemplateException e) {
            throw new IllegalStateException("the site's templates in " + folder + " do not compile: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The name of these templates' classes: every template's name and contents, the jte the tool runs (its jar), the
     * Java version compiling them, and the tool's own classes they are compiled against.
     */
    private static String key(Path folder) throws IOException {
        Fingerprint key = Fingerprint.of("templates-1").text(System.getProperty("java.specification.version"))
                .codeOf(TemplateEngine.class).codeOf(Templates.class);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        key.text("templates", Integer.toString(files.size()));
        for (Path file : files) {
            key.text(folder.relativize(file).toString()).contents(file);
        }
        return key.hex();
    }

}
