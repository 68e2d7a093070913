package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import dev.fixturebench.model.JavaNames;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Which test classes the build runs, and when: Maven Surefire's includes and excludes ({@code mvn test}) and Failsafe's
 * ({@code mvn verify}, after {@code package}), read from the module's {@code pom.xml} and the parents beside it, each
 * plugin's defaults where the build sets none.
 *
 * @param unit        Surefire's patterns
 * @param integration Failsafe's patterns
 * @param source      where the patterns come from, as the listing says it ({@code Surefire's defaults}, a pom)
 */
public record TestConventions(Patterns unit, Patterns integration, String source) {

    /** What the build does with a test class. */
    public enum Role {
        /** Surefire runs it in {@code mvn test}. */
        UNIT,
        /** Failsafe runs it as an integration test, after the artifact is packaged; Surefire does not. */
        INTEGRATION,
        /** Neither plugin's includes name it (or their excludes do): {@code mvn verify} never runs it. */
        NOT_RUN
    }

    /**
     * One plugin's includes and excludes, as Ant-style paths of the test source ({@code **}{@code /*Test.java}) or
     * {@code %regex[…]}; a class is run when an include matches and no exclude does.
     */
    public record Patterns(List<String> includes, List<String> excludes) {

        public Patterns {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
        }

        /** Whether these patterns run the top-level class {@code binaryName}. */
        public boolean runs(String binaryName) {
            String path = binaryName.replace('.', '/');
            return includes.stream().anyMatch(p -> matches(p, path))
                    && excludes.stream().noneMatch(p -> matches(p, path));
        }
    }

    /** Surefire's default includes (its default exclude, nested classes, is moot: they run with their class). */
    public static final Patterns SUREFIRE_DEFAULTS = new Patterns(
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java"), List.of());

    /** Failsafe's default includes. */
    public static final Patterns FAILSAFE_DEFAULTS = new Patterns(
            List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java"), List.of());

    /** Both plugins' defaults, for a suite given as a class path rather than a Maven project. */
    public static TestConventions defaults() {
        return new TestConventions(SUREFIRE_DEFAULTS, FAILSAFE_DEFAULTS, "Surefire's defaults");
    }

    /** What the build does with the class named {@code binaryName} (a nested class goes with its top-level class). */
    public Role role(String binaryName) {
        String topLevel = JavaNames.topLevel(binaryName);
        if (unit.runs(topLevel)) {
            return Role.UNIT;
        }
        return integration.runs(topLevel) ? Role.INTEGRATION : Role.NOT_RUN;
    }

    /**
     * The conventions of the Maven module in {@code moduleDirectory}: the nearest {@code <includes>} and
     * {@code <excludes>} of each plugin in its pom or a parent pom on disk (plugins or plugin management), else the
     * plugin's defaults. Parents fetched from a repository and property references are not followed.
     */
    public static TestConventions read(Path moduleDirectory) throws SuiteException {
        List<Document> documents = new ArrayList<>();
        Path module = moduleDirectory.resolve("pom.xml");
        // each pom parsed once, nearest first, up to 20 parents
        for (Pom pom = Files.isRegularFile(module) ? new Pom(module, parse(module)) : null;
             pom != null && documents.size() <= 20; pom = parentOf(pom)) {
            documents.add(pom.document());
        }
        Optional<List<String>> unitIncludes = nearest(documents, "maven-surefire-plugin", "includes");
        Optional<List<String>> unitExcludes = nearest(documents, "maven-surefire-plugin", "excludes");
        Optional<List<String>> itIncludes = nearest(documents, "maven-failsafe-plugin", "includes");
        Optional<List<String>> itExcludes = nearest(documents, "maven-failsafe-plugin", "excludes");
        boolean configured = unitIncludes.isPresent() || unitExcludes.isPresent() || itIncludes.isPresent()
                || itExcludes.isPresent();
        return new TestConventions(
                new Patterns(unitIncludes.orElse(SUREFIRE_DEFAULTS.includes()), unitExcludes.orElse(List.of())),
                new Patterns(itIncludes.orElse(FAILSAFE_DEFAULTS.includes()), itExcludes.orElse(List.of())),
                configured ? "the includes and excludes of " + moduleDirectory.resolve("pom.xml")
                        + (documents.size() > 1 ? " and its parents" : "") : "Surefire's and Failsafe's defaults");
    }

    /** Whether an Ant-style or {@code %regex[…]} pattern of Surefire's matches the class path {@code a/b/C}. */
    static boolean matches(String pattern, String classPath) {
        String trimmed = pattern.trim();
        if (trimmed.startsWith("%regex[") && trimmed.endsWith("]")) {
            Pattern regex = Pattern.compile(trimmed.substring(7, trimmed.length() - 1));
            return regex.matcher(classPath + ".class").matches() || regex.matcher(classPath + ".java").matches();
        }
        String glob = trimmed.replace('\\', '/').replaceAll("\\.(java|class)$", "");
        if (!glob.contains("/")) {
            glob = "**/" + glob;
        }
        return Pattern.compile(globToRegex(glob)).matcher(classPath).matches();
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** The first pom (nearest first) whose plugin configures {@code list}, as its entries split at commas. */
    private static Optional<List<String>> nearest(List<Document> poms, String plugin, String list) {
        for (Document pom : poms) {
            for (Element build : children(pom.getDocumentElement(), "build")) {
                List<Element> containers = new ArrayList<>(children(build, "plugins"));
                for (Element management : children(build, "pluginManagement")) {
                    containers.addAll(children(management, "plugins"));
                }
                for (Element plugins : containers) {
                    for (Element candidate : children(plugins, "plugin")) {
                        if (!plugin.equals(text(candidate, "artifactId"))) {
                            continue;
                        }
                        for (Element configuration : children(candidate, "configuration")) {
                            for (Element patterns : children(configuration, list)) {
                                List<String> entries = new ArrayList<>();
                                for (Element entry : children(patterns, list.substring(0, list.length() - 1))) {
                                    for (String part : entry.getTextContent().split(",")) {
                                        if (!part.isBlank()) {
                                            entries.add(part.trim());
                                        }
                                    }
                                }
                                return Optional.of(entries);
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The parent pom on disk ({@code <relativePath>}, by default {@code ../pom.xml}), or null. */
    /** A pom on disk, parsed. */
    private record Pom(Path path, Document document) {
    }

    private static Pom parentOf(Pom pom) throws SuiteException {
        for (Element parent : children(pom.document().getDocumentElement(), "parent")) {
            String relative = text(parent, "relativePath");
            if (relative != null && relative.isBlank()) {
                return null; // <relativePath/>: from a repository
            }
            Path path = pom.path().getParent().resolve(relative == null ? "../pom.xml" : relative).normalize();
            if (Files.isDirectory(path)) {
                path = path.resolve("pom.xml");
            }
            if (!Files.isRegularFile(path)) {
                return null;
            }
            Document candidate = parse(path);
            String artifact = text(parent, "artifactId");
            return artifact != null && artifact.equals(text(candidate.getDocumentElement(), "artifactId"))
                    ? new Pom(path, candidate) : null;
        }
        return null;
    }

    private static Document parse(Path pom) throws SuiteException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // reported in the exception, not printed
                }
            });
            return builder.parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new SuiteException(pom + " cannot be read as a pom: " + e.getMessage()
                    + ". Mend it so that Maven can build the project.");
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(localName(element))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
