package dev.fixturebench.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.fixturebench.model.FixtureProfile;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Hotspot;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Outcome;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.Timings;

/**
 * One measured fixture as the results' {@code fixtures} hold it, in the file's field order; the five {@code profile*}
 * fields only with {@code --fixture-profiles}. {@code noisy} is written for readers and derived again when read.
 *
 * @param profileNote the profiles' note: a JSON null or text when the row has profiles, absent (Java null) when not,
 *                    so a profile without a note keeps its {@code "profile_note" : null}
 */
record FixtureRow(String name, String type, String scope, String category, String declaredIn, List<String> dependsOn,
                  Integer usedBy, String status, String error, Stats initMs, boolean noisy, Stats ownInitMs,
                  Stats dependenciesInitMs, Stats initCpuMs, String measuredAs,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> profiles,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Integer> profileSamples,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> profiledWallMs,
                  @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode profileNote,
                  @JsonInclude(JsonInclude.Include.NON_NULL) List<Hotspot> profileOwnCode,
                  Stats teardownMs, Stats wallMs, Stats wallMinusBaselineMs, Double heapRetainedMib,
                  Double allocatedMib, Double classesLoaded, Double rssDeltaMib, Double gpuDeltaMib, InSuite inSuite) {

    static FixtureRow of(FixtureResult result, InSuite inSuite) {
        CatalogEntry info = CatalogEntry.of(result.fixture());
        Timings times = result.timings();
        Memory memory = result.memory();
        FixtureProfile profile = result.profile();
        return new FixtureRow(info.name(), info.type(), info.scope(), info.category(), info.declaredIn(),
                info.dependsOn(), info.usedBy(), result.outcome().status().label(), result.outcome().error(),
                times.initMs(), result.noisy(), times.ownInitMs(), times.dependenciesInitMs(), times.initCpuMs(),
                result.measuredAs(), profile == null ? null : profile.files(),
                profile == null ? null : profile.samples(), profile == null ? null : profile.wallMs(),
                profile == null ? null : profile.note() == null ? NullNode.getInstance()
                        : TextNode.valueOf(profile.note()),
                profile == null ? null : profile.ownCode(), times.teardownMs(), times.wallMs(),
                times.wallMinusBaselineMs(), memory.heapRetainedMib(), memory.allocatedMib(), memory.classesLoaded(),
                memory.rssDeltaMib(), memory.gpuDeltaMib(), inSuite);
    }

    FixtureResult result() {
        FixtureProfile profile = profiles == null ? null : new FixtureProfile(profiles,
                profileSamples == null ? Map.of() : profileSamples, profiledWallMs == null ? Map.of() : profiledWallMs,
                profileNote == null || profileNote.isNull() ? null : profileNote.asText(),
                profileOwnCode == null ? List.of() : profileOwnCode);
        return new FixtureResult(new CatalogEntry(name, type, scope, category, declaredIn, dependsOn, usedBy).fixture(),
                new Outcome(Status.of(status), error),
                new Timings(initMs, ownInitMs, dependenciesInitMs, initCpuMs, teardownMs, wallMs, wallMinusBaselineMs),
                new Memory(heapRetainedMib, allocatedMib, classesLoaded, rssDeltaMib, gpuDeltaMib), measuredAs,
                profile);
    }
}
