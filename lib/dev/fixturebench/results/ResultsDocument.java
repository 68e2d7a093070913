package dev.fixturebench.results;

import java.time.Instant;
import java.util.HashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.ForkSettings;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.model.SuiteFixture;

/**
 * The results file's top level, field for field in the file's order, and how a run maps to it and back.
 * Derived fields ({@code discovered}, {@code summary}, {@code unused}) are written for readers and not read back.
 *
 * @param format    the file's format; null in a format-1 file, which recorded none
 * @param started   null in a format-1 file: the run started when it was written
 * @param catalog   null in a format-1 file: its catalog is the fixtures it measured
 * @param advicePatterns null (absent) in a file written before advice had a floor
 */
record ResultsDocument(Integer format, String generated, String started, Environment environment, Settings settings,
                       int discovered, int tests, BaselineSection baseline, StartupProfile startupProfile,
                       List<FixtureRow> fixtures, List<SummaryRow> summary, List<String> unused,
                       List<String> templates, List<LeftOutEntry> leftOutClasses, List<CatalogEntry> catalog,
                       WholeSuiteSection wholeSuite, List<WholeSuiteSection.AdviceRow> advice,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<WholeSuiteSection.PatternRow> advicePatterns,
                       ComparisonSection comparison) {

    static ResultsDocument of(RunResult run, int format) {
        Map<String, SuiteFixture> inSuite = run.wholeSuite() == null ? Map.of() : run.wholeSuite().byName();
        return new ResultsDocument(format, run.generated().toString(), run.started().toString(), run.environment(),
                Settings.of(run.settings()), run.suite().fixtures().size(), run.suite().tests(),
                BaselineSection.of(run.baseline()),
                run.startupProfile(), run.fixtures().stream().map(f -> {
                    SuiteFixture inRun = inSuite.get(f.fixture().name());
                    return FixtureRow.of(f, inRun == null ? null : inRun.inSuite());
                }).toList(),
                CategoryScopeSummary.of(run.fixtures()).stream().map(SummaryRow::of).toList(),
                run.suite().unused().stream().map(FixtureInfo::name).toList(), run.suite().templates(),
                run.suite().leftOut().stream().map(LeftOutEntry::of).toList(),
                run.suite().fixtures().stream().map(CatalogEntry::of).toList(),
                run.wholeSuite() == null ? null : WholeSuiteSection.of(run.wholeSuite()),
                run.wholeSuite() == null ? null : WholeSuiteSection.advice(run.wholeSuite()),
                run.wholeSuite() == null ? null : WholeSuiteSection.patterns(run.wholeSuite()),
                run.comparison() == null ? null : ComparisonSection.of(run.comparison()));
    }

    RunResult run() {
        Instant generatedAt = Instant.parse(generated);
        List<FixtureResult> results = fixtures.stream().map(FixtureRow::result).toList();
        List<FixtureInfo> fixtureInfos = catalog == null ? results.stream().map(FixtureResult::fixture).toList()
                : catalog.stream().map(CatalogEntry::fixture).toList();
        Map<String, FixtureInfo> byName = new HashMap<>();
        fixtureInfos.forEach(f -> byName.put(f.name(), f));
        SuiteCatalog suite = new SuiteCatalog(fixtureInfos, tests, templates == null ? List.of() : templates,
                leftOutClasses == null ? List.of() : leftOutClasses.stream().map(LeftOutEntry::leftOut).toList());
        return RunResult.of(generatedAt, environment, settings.settings(), suite, baseline.baseline(), results)
                .withStartupProfile(startupProfile)
                .withWholeSuite(wholeSuite == null ? null : wholeSuite.wholeSuite(advice, advicePatterns, byName))
                .startedAt(started == null ? generatedAt : Instant.parse(started))
                .withComparison(comparison == null ? null : comparison.comparison());
    }

    /**
     * How the run measured. A format-1 file may lack class-data sharing, the fork options, fingerprint, selection, shard
     * and jobs (read as unused, none, "" and 1); older ones name the Platform alone ({@code junit_platform}).
     */
    record Settings(String suite, @JsonInclude(JsonInclude.Include.NON_NULL) String junitPlatform,
                    String frameworks, int repeat, int baselineRuns, double timeoutS, int warmup, Integer jobs,
                    ClassDataSharing classDataSharing, List<String> forkJvmArgs, String classPath, String selection,
                    String shard) {

        static Settings of(RunSettings s) {
            ForkSettings forks = s.forks();
            return new Settings(s.suite(), null, s.frameworks(), forks.repeat(), forks.baselineRuns(),
                    forks.timeoutSeconds(), forks.warmup(), forks.jobs(), s.classDataSharing(), forks.jvmArgs(),
                    s.classPath(), s.selection(), s.shard());
        }

        RunSettings settings() {
            String testFrameworks = frameworks != null ? frameworks
                    : junitPlatform == null ? null : "JUnit Platform " + junitPlatform;
            ForkSettings forks = new ForkSettings(repeat, baselineRuns, Duration.ofMillis(Math.round(timeoutS * 1000)),
                    warmup, jobs == null ? 1 : jobs, forkJvmArgs == null ? List.of() : forkJvmArgs);
            return new RunSettings(suite, testFrameworks, forks, classDataSharing == null
                    ? new ClassDataSharing(false, null) : classDataSharing, classPath,
                    selection == null ? "" : selection, shard);
        }
    }

    /** One category and scope of the measured fixtures: how many, how many built, and their init medians. */
    record SummaryRow(String category, String scope, int count, int ok, Double totalInitMs, Double medianInitMs) {

        static SummaryRow of(CategoryScopeSummary.Row row) {
            return new SummaryRow(row.category(), row.scope().label(), row.count(), row.ok(), row.totalInitMs(),
                    row.medianInitMs());
        }
    }
}
