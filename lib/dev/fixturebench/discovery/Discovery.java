package dev.fixturebench.discovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.ForkWatcher;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.probe.ProbeProtocol.Result;

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
        ForkResult fork = forker.run(Mode.DISCOVER, List.of(), ForkWatcher.NONE);
        if (fork.timedOut()) {
            throw new DiscoveryException("Enumerating the suite's fixtures took longer than the fork time limit"
                    + " (--timeout). Its last output:\n" + fork.outputTail());
        }
        if (!fork.reported()) {
            throw new DiscoveryException("The discovery fork exited with code " + fork.exitCode()
                    + " without reporting. Its last output:\n" + fork.outputTail());
        }
        JsonNode probe = fork.probe();
        if (!Result.OK.equals(probe.path(Key.STATUS).asText())) {
            throw new DiscoveryException("The suite's fixtures could not be enumerated:\n"
                    + probe.path(Key.ERROR).asText());
        }
        List<FixtureInfo> fixtures = new ArrayList<>();
        for (JsonNode node : probe.path(Key.FIXTURES)) {
            List<String> dependsOn = new ArrayList<>();
            node.path(Key.DEPENDS_ON).forEach(d -> dependsOn.add(d.asText()));
            fixtures.add(new FixtureInfo(node.path(Key.NAME).asText(), FixtureType.of(node.path(Key.TYPE).asText()),
                    FixtureScope.of(node.path(Key.SCOPE).asText()), node.path(Key.CATEGORY).asText(""),
                    node.path(Key.DECLARED_IN).asText(),
                    dependsOn));
        }
        return fixtures;
    }
}
