package dev.fixturebench.discovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.ForkWatcher;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.FixtureInfo;

/**
 * Enumerates a suite's fixtures in a fork, since generating dynamic fixtures runs the suite's own code; nothing of
 * the suite is loaded into the tool's JVM.
 */
public final class Discovery {

    private final Forker forker;

    public Discovery(Forker forker) {
        this.forker = forker;
    }

    /** Every fixture the suite defines, in the order the suite declares them. */
    public List<FixtureInfo> discover() throws IOException, DiscoveryException {
        ForkResult fork = forker.run("discover", List.of(), ForkWatcher.NONE);
        if (fork.timedOut()) {
            throw new DiscoveryException("Enumerating the suite's fixtures took longer than the fork time limit"
                    + " (--timeout). Its last output:\n" + fork.outputTail());
        }
        if (!fork.reported()) {
            throw new DiscoveryException("The discovery fork exited with code " + fork.exitCode()
                    + " without reporting. Its last output:\n" + fork.outputTail());
        }
        JsonNode probe = fork.probe();
        if (!"ok".equals(probe.path("status").asText())) {
            throw new DiscoveryException("The suite's fixtures could not be enumerated:\n"
                    + probe.path("error").asText());
        }
        List<FixtureInfo> fixtures = new ArrayList<>();
        for (JsonNode node : probe.path("fixtures")) {
            List<String> dependsOn = new ArrayList<>();
            node.path("depends_on").forEach(d -> dependsOn.add(d.asText()));
            fixtures.add(new FixtureInfo(node.path("name").asText(), node.path("type").asText(),
                    node.path("scope").asText(), node.path("category").asText(""), node.path("declared_in").asText(),
                    dependsOn));
        }
        return fixtures;
    }
}
