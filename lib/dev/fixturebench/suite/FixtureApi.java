package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import dev.fixturebench.cache.Fingerprint;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The fixture API's own Maven build in a checkout of Fixture Bench (its pom and its sources): the coordinates a suite
 * declares, whether Maven's output says they are missing, and the install that puts the jar in the local repository.
 */
public final class FixtureApi {

    /** How Maven names any version of the API when it cannot resolve it: {@code group:artifact:jar:version}. */
    static final String ANY_VERSION = "dev.fixturebench:fixture-bench-api:jar:";

    private final Path pom;
    private final Path sources;
    private final String groupId;
    private final String artifactId;
    private final String version;

    private FixtureApi(Path pom, Path sources, String groupId, String artifactId, String version) {
        this.pom = pom;
        this.sources = sources;
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.version = version;
    }

    /** Reads the coordinates of the build {@code pom}, whose Java sources are under {@code sources}. */
    public static FixtureApi read(Path pom, Path sources) throws SuiteException, IOException {
        Element project;
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            project = document.getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new SuiteException("Cannot read the fixture API's build " + pom + ": " + e.getMessage()
                    + ". Restore it from the repository (git checkout -- " + pom.getFileName() + ").");
        }
        return new FixtureApi(pom.toAbsolutePath(), sources.toAbsolutePath(), child(project, "groupId", pom),
                child(project, "artifactId", pom), child(project, "version", pom));
    }

    /** {@code groupId:artifactId:version}, as a suite declares the dependency. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** Whether Maven's {@code output} says it could not resolve this very artifact. */
    boolean missingFrom(String output) {
        return output.contains(groupId + ":" + artifactId + ":jar:" + version);
    }

    /** Whether {@code classPath} holds this version's jar, and that jar is older than the pom or a source. */
    boolean outdatedOn(List<Path> classPath) throws IOException {
        String jarName = artifactId + "-" + version + ".jar";
        for (Path entry : classPath) {
            if (entry.getFileName().toString().equals(jarName) && Files.isRegularFile(entry)) {
                return Files.getLastModifiedTime(entry).compareTo(newestSource()) < 0;
            }
        }
        return false;
    }

    /** Adds the API's build and sources to {@code fingerprint}: a change to either is a build input of its suites. */
    void sources(Fingerprint fingerprint) {
        fingerprint.path(pom).path(sources);
    }

    /** Builds the API and installs its jar into the local Maven repository that {@code maven} uses. */
    void install(Maven maven) throws SuiteException, IOException {
        maven.run(pom, "installing the fixture API " + coordinates() + " into the local Maven repository (" + pom
                + ")", "-q", "install");
    }

    /** The command a user runs to install it by hand. */
    String installCommand() {
        return "mvn -B -q -f " + pom + " install";
    }

    private FileTime newestSource() throws IOException {
        FileTime newest = Files.getLastModifiedTime(pom);
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.compareTo(newest) > 0) {
                    newest = modified;
                }
            }
        }
        return newest;
    }

    private static String child(Element project, String tag, Path pom) throws SuiteException {
        for (Node node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().trim();
            }
        }
        throw new SuiteException("The fixture API's build " + pom + " has no <" + tag + ">. Restore it from the"
                + " repository (git checkout -- " + pom.getFileName() + ").");
    }
}
