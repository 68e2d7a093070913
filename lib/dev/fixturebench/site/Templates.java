package dev.fixturebench.site;

import java.nio.file.Path;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;

/**
 * The site's jte templates, compiled from their folder once per run, rendering HTML escaped for its context (tag body,
 * attribute, script), so a fixture's name is always text on the page.
 */
final class Templates {

    private final TemplateEngine engine;

    /** Compiles every template of {@code folder} into {@code classes}; a template that does not compile throws. */
    Templates(Path folder, Path classes) {
        engine = TemplateEngine.create(new DirectoryCodeResolver(folder), classes, ContentType.Html,
                Templates.class.getClassLoader());
        try {
            engine.precompileAll();
        } catch (TemplateException e) {
            throw new IllegalStateException("the site's templates in " + folder + " do not compile: "
                    + e.getMessage(), e);
        }
    }

    /** {@code template} (its file name) rendered for {@code page}. */
    String render(String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        return output.toString();
    }
}
