#!/usr/bin/env bash
# Runs Fixture Bench in the background, immune to hang-ups, logging to a file in the temp directory.
# Refuses to start while an earlier background run is still alive. Arguments go to bench.java.
#
#   scripts/bench-background.sh --out=/tmp/bench --repeat=5
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tmp=${TMPDIR:-/tmp}
pidfile="$tmp/fixture-bench-background.pid"

if [ -f "$pidfile" ]; then
  read -r old_pid old_log < "$pidfile" || true
  if [ -n "${old_pid:-}" ] && kill -0 "$old_pid" 2>/dev/null; then
    echo "bench-background: a background run is still alive (pid $old_pid, log $old_log)." >&2
    echo "Wait for it, or stop it with: kill -- -$old_pid" >&2
    exit 1
  fi
fi

log="$tmp/fixture-bench_$(date +%Y%m%d_%H%M%S)_wrapper.out"
cd "$repo"
# setsid gives the run its own process group, so one kill stops the tool and every fork.
nohup setsid ./jbang bench.java "$@" >"$log" 2>&1 < /dev/null &
pid=$!
echo "$pid $log" > "$pidfile"
echo "Fixture Bench is running in the background (pid $pid)."
echo "Log: $log"
sleep 3
echo "--- first lines of the log ---"
head -n 10 "$log" || true
