package dev.fixturebench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** bench.java runs with its //DEPS, the tests with the pom's dependencies: they must be the same libraries. */
class DependenciesAgreeTest {

    @Test
    void benchDepsEqualThePomsCompileDependencies() throws Exception {
        Set<String> deps = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("bench.java"))) {
            if (line.startsWith("//DEPS ")) {
                deps.add(line.substring("//DEPS ".length()).trim());
            }
        }
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Set<String> compile = new TreeSet<>();
        NodeList dependencies = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("/project/dependencies/dependency", pom, XPathConstants.NODESET);
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String scope = text(dependency, "scope");
            if (scope.isEmpty() || scope.equals("compile")) {
                compile.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":"
                        + text(dependency, "version"));
            }
        }
        assertFalse(deps.isEmpty(), "bench.java declares no //DEPS");
        assertEquals(deps, compile, "the //DEPS of bench.java and the compile dependencies of pom.xml differ");
    }

    @Test
    void helperScriptsUseTheSameVersionsAsBench() throws Exception {
        Set<String> bench = deps(Path.of("bench.java"));
        try (var scripts = Files.list(Path.of("scripts"))) {
            for (Path script : (Iterable<Path>) scripts.filter(p -> p.toString().endsWith(".java"))::iterator) {
                for (String dep : deps(script)) {
                    String artifact = dep.substring(0, dep.lastIndexOf(':') + 1);
                    bench.stream().filter(b -> b.startsWith(artifact)).forEach(b ->
                            assertEquals(b, dep, script + " and bench.java use different versions"));
                }
            }
        }
    }

    @Test
    void theApiBuildNeedsOnlyJUnitsApiAndTheExamplesDependOnItsVersion() throws Exception {
        Document api = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("api/pom.xml").toFile());
        Document tool = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        String version = xpath.evaluate("/project/version", api);
        assertEquals(xpath.evaluate("/project/version", tool), version, "the API and the tool are versioned together");
        assertEquals("org.junit.jupiter:junit-jupiter-api:" + xpath.evaluate(
                        "/project/dependencies/dependency[artifactId='junit-jupiter-api']/version", tool) + ":provided",
                xpath.evaluate("concat(/project/dependencies/dependency/groupId, ':',"
                        + " /project/dependencies/dependency/artifactId, ':', /project/dependencies/dependency/version,"
                        + " ':', /project/dependencies/dependency/scope)", api));
        assertEquals(1.0, xpath.evaluate("count(/project/dependencies/dependency)", api, XPathConstants.NUMBER),
                "the API needs the JDK and JUnit's API only");
        String coordinates = xpath.evaluate("/project/groupId", api) + ":" + xpath.evaluate("/project/artifactId", api)
                + ":" + version + ":test";
        for (String example : new String[] {"model-suite", "calibration-suite", "broken-suite"}) {
            Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Path.of("examples", example, "pom.xml").toFile());
            assertEquals(coordinates, xpath.evaluate("concat(/project/dependencies/dependency[artifactId="
                    + "'fixture-bench-api']/groupId, ':fixture-bench-api:', /project/dependencies/dependency["
                    + "artifactId='fixture-bench-api']/version, ':', /project/dependencies/dependency[artifactId="
                    + "'fixture-bench-api']/scope)", pom), example + " uses the API as any suite does");
        }
    }

    private static Set<String> deps(Path script) throws java.io.IOException {
        Set<String> deps = new TreeSet<>();
        for (String line : Files.readAllLines(script)) {
            if (line.startsWith("//DEPS ")) {
                deps.add(line.substring("//DEPS ".length()).trim());
            }
        }
        return deps;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
