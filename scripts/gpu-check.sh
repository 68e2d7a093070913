#!/usr/bin/env bash
# GPU check of the JCuda path, for a machine with an NVIDIA GPU but no JDK, Maven or network.
#
#   scripts/gpu-check.sh prepare   here: a jlinked JRE, the tool's classes and jars, and a cut-down
#                                  copy of examples/model-suite (calibration + GPU fixtures) in .device/
#   scripts/gpu-check.sh run       there: benchmarks those fixtures through --class-path/--test-classes
#
# .device/ (about 61 MB) is git-ignored; copy it along with the checkout.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=.device

prepare() {
  rm -rf "$dir" && mkdir -p "$dir/lib" "$dir/suite/lib" "$dir/suite/test-classes"
  jlink --add-modules java.base,java.logging,java.management,java.sql,java.xml,jdk.management,jdk.unsupported,jdk.zipfs \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$dir/jre"
  strip --strip-unneeded "$dir/jre/lib/server/libjvm.so" 2>/dev/null || true
  mvn -q -B compile dependency:build-classpath -Dmdep.outputFile="$dir/tool-cp.txt"
  cp -r target/classes "$dir/tool-classes"
  tr ':' '\n' < "$dir/tool-cp.txt" | grep -v -E 'jcuda|junit|opentest4j|apiguardian' | xargs -I{} cp {} "$dir/lib/"
  mvn -q -B -f api/pom.xml install   # the fixture API, a test dependency of the example
  (cd examples/model-suite && mvn -q -B test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/../../$dir/suite-cp.txt")
  tr ':' '\n' < "$dir/suite-cp.txt" | grep -E 'junit|opentest4j|apiguardian|jcuda|fixture-bench-api' \
    | xargs -I{} cp {} "$dir/suite/lib/"
  launcher=$(tr ':' '\n' < "$dir/tool-cp.txt" | grep junit-platform-launcher)
  cp "$launcher" "$dir/suite/lib/"
  (cd examples/model-suite/target/test-classes && cp -r --parents \
    dev/fixturebench/examples/calibration dev/fixturebench/examples/GpuFixtureTest.class \
    dev/fixturebench/examples/CalibrationFixturesTest.class "../../../../$dir/suite/test-classes/")
  du -sh "$dir"
}

run() {
  nvidia-smi --query-gpu=name,driver_version,memory.used,memory.total --format=csv 2>&1 | head -3 || true
  local suite_cp tool_cp out=${OUT:-/tmp/gpu-check}
  suite_cp=$(ls -d "$dir"/suite/lib/*.jar | tr '\n' ':')
  tool_cp="$dir/tool-classes:$(ls -d "$dir"/lib/*.jar | tr '\n' ':')$suite_cp"
  "$dir/jre/bin/java" -cp "$tool_cp" dev.fixturebench.cli.BenchCommand --class-path="$suite_cp" \
    --test-classes="$dir/suite/test-classes" --type=static --repeat=3 --baseline-runs=3 --out="$out/bench"
  sed -n '1,20p' "$out/bench/fixture_benchmark_report.md"
}

usage() {
  cat <<'EOF'
Usage: scripts/gpu-check.sh prepare|run
Checks the JCuda path (GPU memory per fixture) on a machine with an NVIDIA GPU but no JDK, Maven or network.

  prepare   here: a jlinked JRE, the tool's classes and jars, and a cut-down copy of examples/model-suite
            (calibration and GPU fixtures) in .device/ (about 61 MB, git-ignored); copy it along with the checkout
  run       there: benchmarks those fixtures through --class-path/--test-classes (OUT=DIR for the results,
            default /tmp/gpu-check) and prints the report's head
  --help    this text

Exit codes: 0 done, 1 a step failed, 2 bad usage.
EOF
}

case "${1:-}" in
  prepare) prepare ;;
  run) run ;;
  -h | --help) usage ;;
  *) echo "scripts/gpu-check.sh: error: expected prepare, run or --help (see --help)" >&2; exit 2 ;;
esac
