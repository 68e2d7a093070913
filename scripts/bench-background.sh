#!/usr/bin/env bash
# Runs Fixture Bench in the background and keeps track of it: one run per target (output folder) at a time,
# `status`, `stop` (the tool and every fork), `tail`. See usage() below, or run it with --help.
#
# How it works, and why:
#  - A run's target is its output folder (--out, else target/fixture-bench of the checkout), as an absolute,
#    symlink-free path: two spellings of one folder are one target.
#  - Linux only: it reads /proc and uses GNU coreutils (stat -c, date -d, realpath -m, mv -T, tail --pid),
#    util-linux (setsid, flock) and procps (ps). It says so, and stops, anywhere else.
#  - The locks live in a folder of this user's: ${TMPDIR:-/tmp}/fixture-bench-background-<uid>, mode 700. A folder
#    shared by all users (as /tmp is) would let another user's files there break, or fake, this user's runs.
#  - The lock of a target is the folder <that folder>/<sha256 of the target>.lock, taken with
#    mkdir: of two starts, exactly one creates it (no check-then-write race). It holds the files pid, pid_start,
#    target, log, started and command.
#  - Every start also holds an flock on .../.guard from its first look at the lock until the run's PID is in it,
#    so that taking over a stale lock (remove, then mkdir) cannot race another start doing the same, and a lock
#    without a pid file is a start still in progress (or one killed before it wrote it).
#  - A lock is stale when its PID is now another program (its command line names neither bench.java nor
#    fixture-bench, or it started at another time than the recorded one), or is gone (or a zombie) and so is every
#    process of its group and session: the next start takes it over. A run whose wrapper was killed (kill -9 of
#    the PID that start printed) but whose tool or forks still run is still running: status says so, a start is
#    refused, and stop ends them. Linux gives no new process a PID that is still a live group's or session's ID,
#    so whatever runs in that group or session is this run's.
#  - The run is this script's internal command `_run` under setsid: a small bash wrapper that leads a session and
#    process group of its own (process group ID = its PID = the lock's pid). The tool (JBang execs its JVM) and the
#    forks the tool starts with ProcessBuilder inherit that group, so `kill -- -PGID` reaches all of them. The
#    wrapper waits for the tool whatever happens, writes the exit code as the log's last line, and releases the lock.

# Re-run under bash when started as `sh scripts/bench-background.sh` (everything below is bash).
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

me=bench-background
self=$(realpath -- "${BASH_SOURCE[0]}" 2>/dev/null) || self=${BASH_SOURCE[0]} # see require_linux
repo=$(cd "$(dirname "$self")/.." && pwd -P)
tmp=${TMPDIR:-/tmp}
tmp=${tmp%/}
locks="$tmp/fixture-bench-background-$(id -u)" # this user's own: see prepare_locks
guard="$locks/.guard"
default_out=target/fixture-bench # the tool's default --out, relative to the folder it runs in: $repo
stop_wait_s=30
last_shown=3 # ended runs that a plain `status` shows
peek_s=3

usage() {
  cat <<EOF
Usage: $0 [start] [BENCH OPTIONS]
       $0 status [--out=DIR]
       $0 stop [--out=DIR]
       $0 tail [--out=DIR]
       $0 --help

Runs Fixture Bench (./jbang bench.java, from the checkout's root) in the background, in a process group of its
own and immune to hang-ups, logging to \${TMPDIR:-/tmp}/fixture-bench_<timestamp>_wrapper.out.
Linux only: it reads /proc and needs GNU coreutils, util-linux (setsid, flock) and procps (ps).

A run's target is its output folder: --out=DIR (a relative DIR is taken from the current directory), else
$default_out of the checkout. One background run per target: a second start on the same target refuses
and names the first's PID; runs of different targets may go on at once.

Commands:
  start [OPTIONS]   Start a run; the OPTIONS go to bench.java. The default command when the first argument
                    is an option, or when there is none. Prints the PID, the log and the log's first lines.
  status [--out=DIR]
                    Running or not, PID, target, log, start time and the last progress line: of the run of
                    DIR, or of every background run and the last ${last_shown} that ended when --out is not given.
  stop [--out=DIR]  SIGTERM to the run's process group (the tool and every fork; the tool then writes its
                    report from what finished), SIGKILL to whatever is left after ${stop_wait_s} s; releases the lock.
  tail [--out=DIR]  Follow the log until the run ends.
  help, -h, --help  This text.

Without --out, stop and tail act on the only background run there is (several: name one with --out).
A run goes on while any process of its group does, even if its wrapper (the PID that start prints) was killed:
status then says "the wrapper is gone but N processes of its group still run", and stop ends them all.

Exit codes: 0 done, or running (status); 1 refused (the target is busy) or failed; 2 bad usage;
            3 not running (status, tail).
Files: in $locks/ (this user's own, mode 700): <hash of a target>.lock,
       a folder per running target (pid, target, log, started), and <hash>.last, its run that ended last.
EOF
}

# --- small helpers ------------------------------------------------------------------------------------------------

say() { printf '%s\n' "$*"; }

# die CODE MESSAGE [MORE LINES...]: the message on stderr, the further lines indented under it.
die() {
  local code=$1 line
  printf '%s: %s\n' "$me" "$2" >&2
  shift 2
  for line in "$@"; do printf '  %s\n' "$line" >&2; done
  exit "$code"
}

usage_error() {
  die 2 "$1" "Usage: $0 [start] [BENCH OPTIONS] | status|stop|tail [--out=DIR] | --help"
}

# Before anything else but --help: what this script uses exists on Linux (with GNU coreutils) only.
require_linux() {
  local system
  system=$(uname -s 2>/dev/null || echo unknown)
  [ "$system" = Linux ] ||
    die 1 "this script runs on Linux only, and this system is $system." \
      "It reads /proc and uses GNU coreutils (stat -c, date -d, realpath -m, mv -T, tail --pid), util-linux and procps." \
      "Run the tool in the foreground instead: ./jbang bench.java [OPTIONS] (from the checkout's root)."
}

require_tools() {
  local tool
  for tool in setsid flock realpath sha256sum ps tail; do
    command -v "$tool" >/dev/null 2>&1 ||
      die 1 "'$tool' is not installed; it is needed to run Fixture Bench in the background" \
        "setsid and flock come with util-linux, realpath, sha256sum and tail with coreutils, ps with procps."
  done
}

# The folder of the locks: this user's own (mode 700), made when missing. Anything else there (another user's
# folder, a link, a file, one this user cannot write) stops the script with what to do about it.
prepare_locks() {
  local err owner
  if [ ! -e "$locks" ] && [ ! -L "$locks" ]; then
    # Not -p: a missing TMPDIR is a mistake to report, not a folder to make.
    if ! err=$(mkdir -m 700 -- "$locks" 2>&1) && [ ! -d "$locks" ]; then # (or another start made it meanwhile)
      die 1 "cannot create the folder of the locks, $locks: ${err##*: }" \
        "Set TMPDIR to a folder you can write, e.g. TMPDIR=\$HOME/tmp $0 ..."
    fi
  fi
  if [ -L "$locks" ] || [ ! -d "$locks" ]; then
    die 1 "$locks is not a folder (a link or a file is there); remove it, or set TMPDIR to another folder."
  fi
  if [ ! -O "$locks" ]; then
    owner=$(stat -c %U -- "$locks" 2>/dev/null || echo '?')
    die 1 "the folder of the locks, $locks, belongs to another user ($owner)." \
      "Remove it (as that user or root), or set TMPDIR to a folder of your own."
  fi
  chmod 700 -- "$locks" 2>/dev/null || true
  if ! err=$( (: >>"$guard") 2>&1); then
    die 1 "cannot write in the folder of the locks, $locks: ${err##*: }" \
      "Fix its permissions (chmod 700), or set TMPDIR to a folder you can write."
  fi
}

# The command to type, quoted so that it can be pasted back: hint stop /some/dir
hint() { printf '%s %s --out=%q' "$0" "$1" "$2"; }

# The absolute, symlink-free path of an output folder, which need not exist yet. A relative one is taken from the
# current directory: call this before any cd.
resolve_target() { realpath -m -- "${1:-$repo/$default_out}"; }

lock_of() {
  local sum
  sum=$(printf '%s' "$1" | sha256sum)
  printf '%s/%s.lock\n' "$locks" "${sum%% *}"
}

# The record a run leaves when it ends (target, log, started, ended, exit), beside its lock.
last_of() { printf '%s.last\n' "${1%.lock}"; }

read_file() { cat -- "$1" 2>/dev/null || true; }

# When a process started, in clock ticks since boot (field 22 of /proc/PID/stat): a PID that was reused since the
# lock was written has another one. Empty where there is no /proc.
start_time_of() {
  local stat fields
  stat=$(read_file "/proc/$1/stat")
  [ -n "$stat" ] || return 0
  read -r -a fields <<<"${stat##*) }" # after the command name, which may hold spaces and parentheses
  printf '%s\n' "${fields[19]}"
}

# A process's state letter (field 3 of /proc/PID/stat: R, S, D, Z for a zombie...); empty when there is none.
state_of() {
  local stat fields
  stat=$(read_file "/proc/$1/stat")
  [ -n "$stat" ] || return 0
  read -r -a fields <<<"${stat##*) }"
  printf '%s\n' "${fields[0]}"
}

command_line_of() {
  if [ -r "/proc/$1/cmdline" ]; then
    tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | sed 's/ $//' || true
  else
    ps -o args= -p "$1" 2>/dev/null || true
  fi
}

# The processes of a run that are still alive: those of its process group or session (a fork that made a group of
# its own stays in the session). Zombies are left out: they are dead, only not reaped yet by their parent.
members_of() {
  ps -e -o pid=,pgid=,sid=,stat= | awk -v g="$1" '($2 == g || $3 == g) && $4 !~ /^Z/ { print $1 }'
}

# Seconds as "1 h 02 min", "3 min 12 s", "12 s".
duration() {
  local s=$1
  if ((s >= 3600)); then
    printf '%d h %02d min' $((s / 3600)) $((s % 3600 / 60))
  elif ((s >= 60)); then
    printf '%d min %d s' $((s / 60)) $((s % 60))
  else
    printf '%d s' "$s"
  fi
}

# The last progress line of a log. On a terminal the tool redraws one line with \r; in the background it prints a
# line per step; either way the last non-empty piece between \r and \n is where it stands (this script's own lines,
# "[bench-background] ...", left out).
last_line_of() {
  [ -r "$1" ] || return 0
  tail -c 65536 -- "$1" | tr '\r' '\n' | sed 's/\x1b\[[0-9;]*[A-Za-z]//g' |
    awk 'NF && !/^\[bench-background\] / { last = $0 } END { print (last == "" ? "(none yet)" : last) }'
}

# The tool's exit code, from the wrapper's last line in a log; empty while it runs or when it was killed.
exit_code_in() {
  [ -r "$1" ] || return 0
  tail -n 5 -- "$1" | sed -n 's/^\[bench-background\] exit code \([0-9]*\)$/\1/p' | tail -n 1
}

# --- the lock -----------------------------------------------------------------------------------------------------

# inspect LOCK: sets state (none, starting, running or stale), reason (for stale), the lock's pid, target, log,
# started, and, where the run goes on without its wrapper (killed), wrapper_gone=1 and left (the PIDs that run).
inspect() {
  local lock=$1 age now cmd recorded ps_state
  state=none reason='' pid='' target='' log='' started='' wrapper_gone='' left=''
  [ -d "$lock" ] || return 0
  pid=$(read_file "$lock/pid") target=$(read_file "$lock/target") log=$(read_file "$lock/log")
  started=$(read_file "$lock/started")
  if [ -z "$pid" ]; then
    # A start writes the PID a few milliseconds after making the lock, holding the guard meanwhile; a lock that
    # stays without one for long is what is left of a start killed in between.
    now=$(date +%s)
    age=$((now - $(stat -c %Y -- "$lock" 2>/dev/null || echo "$now")))
    if ((age < 10)); then
      state=starting
    else
      state=stale reason="a start that never wrote its PID, ${age} s ago"
    fi
    return 0
  fi
  recorded=$(read_file "$lock/pid_start")
  ps_state=$(state_of "$pid")
  if [ -n "$ps_state" ] && [ -n "$recorded" ] && [ "$recorded" != "$(start_time_of "$pid")" ]; then
    state=stale reason="PID $pid is now another process"
    return 0
  fi
  if [ -n "$ps_state" ] && [ "$ps_state" != Z ]; then
    cmd=$(command_line_of "$pid")
    if [[ $cmd == *bench.java* || $cmd == *fixture-bench* ]]; then
      state=running
    else
      state=stale reason="PID $pid is now another program: ${cmd:0:80}"
    fi
    return 0
  fi
  # The wrapper is gone, or a zombie (dead, only not reaped). Its PID is the ID of the run's group and session,
  # which Linux gives no new process while any process of them lives: what is left there is the run's own.
  left=$(members_of "$pid" | tr '\n' ' ')
  left=${left% }
  if [ -n "$left" ]; then
    state=running wrapper_gone=1
  else
    state=stale reason="PID $pid is gone, and so is every process of its group"
  fi
}

# "3 processes of its group still run", "1 process of its group still runs".
left_count() {
  local words
  read -r -a words <<<"$left"
  if ((${#words[@]} == 1)); then say "1 process of its group still runs"; else say "${#words[@]} processes of its group still run"; fi
}

# Serialises starts and lock removals (see the top of this file). On fd 9, which the run must not inherit.
take_guard() {
  mkdir -p -- "$locks"
  exec 9>>"$guard"
  flock -w 30 9 || die 1 "another start has held $guard for 30 s; try again"
}

drop_guard() {
  flock -u 9
  exec 9>&-
}

# Removes a lock in one step (a rename), so that nobody sees one half-removed.
remove_lock() {
  local gone="$1.gone.$$"
  mv -T -- "$1" "$gone" 2>/dev/null && rm -rf -- "$gone"
  return 0
}

# release_lock LOCK PID: removes the lock if it is still that of PID (a start may have taken it over meanwhile).
release_lock() {
  (
    flock -w 30 9 || true
    if [ "$(read_file "$1/pid")" = "$2" ]; then remove_lock "$1"; fi
  ) 9>>"$guard"
}

# write_last LOCK EXIT: what `status` says of a target once its run is over.
write_last() {
  local lock=$1
  {
    printf 'target=%s\n' "$(read_file "$lock/target")"
    printf 'log=%s\n' "$(read_file "$lock/log")"
    printf 'started=%s\n' "$(read_file "$lock/started")"
    printf 'ended=%s\n' "$(date '+%Y-%m-%d %H:%M:%S %z')"
    printf 'exit=%s\n' "$2"
  } >"$(last_of "$lock")" 2>/dev/null || true
}

last_field() { sed -n "s/^$2=//p" "$1" 2>/dev/null | head -n 1; }

# --- parsing --out ------------------------------------------------------------------------------------------------

# parse_out_only ARGS: for status, stop and tail. Sets out ('' when not given).
parse_out_only() {
  out='' out_given=''
  while (($#)); do
    case $1 in
      --out=*) out=${1#--out=} out_given=1 ;;
      --out)
        (($# >= 2)) || usage_error "--out needs a folder"
        out=$2 out_given=1
        shift
        ;;
      -h | --help) usage && exit 0 ;;
      *) usage_error "unknown argument '$1'" ;;
    esac
    shift
  done
  if [ -n "$out_given" ] && [ -z "$out" ]; then usage_error "--out needs a folder"; fi
  return 0
}

# pick_lock: the lock that status/stop/tail act on. With --out, that target's; without, the only run's there is,
# else that of the default target (so that a plain `stop` matches a plain `start`).
pick_lock() {
  local candidates=() l
  if [ -n "$out_given" ]; then
    lock=$(lock_of "$(resolve_target "$out")")
    return 0
  fi
  for l in "$locks"/*.lock; do
    [ -d "$l" ] || continue
    inspect "$l"
    if [ "$state" = running ] || [ "$state" = starting ]; then candidates+=("$l"); fi
  done
  case ${#candidates[@]} in
    0) lock=$(lock_of "$(resolve_target '')") ;;
    1) lock=${candidates[0]} ;;
    *)
      local lines=()
      for l in "${candidates[@]}"; do lines+=("--out=$(read_file "$l/target")"); done
      die 2 "${#candidates[@]} background runs are going on; name one with --out:" "${lines[@]}"
      ;;
  esac
}

# --- start --------------------------------------------------------------------------------------------------------

pending_lock=''
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup_pending() { if [ -n "$pending_lock" ]; then remove_lock "$pending_lock"; fi; }

# A new log file; with a suffix where a run of another target started in the same second.
new_log() {
  local stamp n=1 file
  stamp=$(date +%Y%m%d_%H%M%S)
  file="$tmp/fixture-bench_${stamp}_wrapper.out"
  while ! (set -C && : >"$file") 2>/dev/null; do
    n=$((n + 1))
    ((n < 100)) || die 1 "cannot create a log file in $tmp"
    file="$tmp/fixture-bench_${stamp}-${n}_wrapper.out"
  done
  printf '%s\n' "$file"
}

cmd_start() {
  local args=() out='' target lock new_pid i code
  # Find the target, and hand the tool an absolute --out: the tool runs in $repo, not here.
  while (($#)); do
    case $1 in
      --out=*)
        out=${1#--out=}
        [ -n "$out" ] || usage_error "--out needs a folder"
        args+=("--out=$(resolve_target "$out")")
        ;;
      --out)
        if (($# < 2)) || [ -z "$2" ]; then usage_error "--out needs a folder"; fi
        out=$2
        args+=(--out "$(resolve_target "$out")")
        shift
        ;;
      --) # the end of the options: the rest goes as it is
        args+=("$@")
        break
        ;;
      *) args+=("$1") ;;
    esac
    shift
  done
  target=$(resolve_target "$out")
  lock=$(lock_of "$target")

  take_guard
  trap cleanup_pending EXIT
  for i in 1 2; do
    if mkdir -- "$lock" 2>/dev/null; then
      pending_lock=$lock
      break
    fi
    inspect "$lock"
    case $state in
      running)
        die 1 "a background run of $target is already running: PID $pid, started $started." \
          ${wrapper_gone:+"Its wrapper is gone but $(left_count) (PIDs $left)."} \
          "Log:    $log" "Follow: $(hint tail "$target")" "Stop:   $(hint stop "$target")"
        ;;
      starting) die 1 "a background run of $target is starting right now; see: $(hint status "$target")" ;;
      stale)
        say "$me: took over the stale lock of $target ($reason)." >&2
        remove_lock "$lock"
        ;;
      none) ;; # released between our mkdir and our look: try again
    esac
  done
  [ -n "$pending_lock" ] || die 1 "could not take the lock $lock"

  log=$(new_log)
  printf '%s\n' "$target" >"$lock/target"
  printf '%s\n' "$log" >"$lock/log"
  date '+%Y-%m-%d %H:%M:%S %z' >"$lock/started"
  printf '%s\n' "$(printf '%q ' ./jbang bench.java "${args[@]}" | sed 's/ $//')" >"$lock/command"

  # nohup: immune to hang-ups; setsid: a session and process group of its own; 9>&-: the run must not hold the guard.
  nohup setsid bash "$self" _run "$lock" "${args[@]}" >"$log" 2>&1 </dev/null 9>&- &
  # The wrapper writes its own PID: it is the leader of the new group whichever process setsid ended up in.
  for ((i = 0; i < 100; i++)); do
    new_pid=$(read_file "$lock/pid")
    [ -z "$new_pid" ] || break
    sleep 0.1
  done
  if [ -z "$new_pid" ]; then
    cat -- "$log" >&2 || true
    die 1 "the background run did not start (no PID after 10 s); its log: $log"
  fi
  pending_lock=''
  drop_guard

  say "Fixture Bench is running in the background: PID $new_pid (its own process group)."
  say "  Target: $target"
  say "  Log:    $log"
  say "  Status: $(hint status "$target")"
  say "  Follow: $(hint tail "$target")"
  say "  Stop:   $(hint stop "$target")"
  # A look at the first lines: bad options and a suite that does not build show up at once.
  for ((i = 0; i < peek_s * 5; i++)); do
    [ "$(read_file "$lock/pid")" = "$new_pid" ] || break # the run ended and released its lock
    sleep 0.2
  done
  if [ "$(read_file "$lock/pid")" = "$new_pid" ]; then
    say "--- first lines of the log ---"
    head -n 10 -- "$log" || true
    return 0
  fi
  code=$(exit_code_in "$log")
  say "--- the run has already ended (exit code ${code:-unknown}); its log ---"
  tail -n 30 -- "$log" || true
  return "${code:-1}"
}

# The wrapper, in its own session: `bash THIS_SCRIPT _run LOCK BENCH ARGS...`.
cmd_run() {
  local lock=$1 code
  shift
  start_time_of $$ >"$lock/pid_start"
  printf '%s\n' $$ >"$lock/pid.new"
  mv -f -- "$lock/pid.new" "$lock/pid" # the pid file appears whole: a reader sees no PID or the whole PID
  # `stop` signals the whole group, this wrapper included: it must outlive the tool to log its exit code and release
  # the lock. A trap (not an ignore) so that the tool, whose signal handlers are reset on exec, gets SIGTERM as usual.
  trap 'say "[bench-background] SIGTERM: waiting for the tool to end"' TERM
  cd "$repo"
  say "[bench-background] $(date '+%Y-%m-%d %H:%M:%S %z') PID $$ in $repo: $(read_file "$lock/command")"
  set +e
  ./jbang bench.java "$@" </dev/null
  code=$?
  set -e
  say "[bench-background] exit code $code"
  write_last "$lock" "$code"
  release_lock "$lock" $$
  exit "$code"
}

# --- status -------------------------------------------------------------------------------------------------------

# show_last FILE: what a .last file says of the run of a target that ended last.
show_last() {
  say "Fixture Bench background run: not running"
  say "  Target:   $(last_field "$1" target)"
  say "  Started:  $(last_field "$1" started)"
  say "  Ended:    $(last_field "$1" ended), exit code $(last_field "$1" exit)"
  say "  Log:      $(last_field "$1" log)"
  say "  Last line: $(last_line_of "$(last_field "$1" log)")"
}

# show LOCK: prints what is known of one target; returns 0 when its run is running.
show() {
  local lock=$1 since='' now last
  inspect "$lock"
  case $state in
    running | starting)
      now=$(date +%s)
      if [ -n "$started" ]; then since=$(date -d "$started" +%s 2>/dev/null || true); fi
      if [ -n "$wrapper_gone" ]; then
        say "Fixture Bench background run: running (the wrapper is gone but $(left_count))"
        say "  PID:      $pid, gone: killed (process group $pid: PIDs $left still run)"
      else
        say "Fixture Bench background run: $state"
        say "  PID:      ${pid:-not yet written} (process group ${pid:-?})"
      fi
      say "  Target:   $target"
      say "  Log:      $log"
      say "  Started:  $started${since:+ ($(duration $((now - since))) ago)}"
      say "  Progress: $(last_line_of "$log")"
      if [ -n "$wrapper_gone" ]; then
        say "  Note:     without its wrapper, the run logs no exit code and keeps its lock until it is stopped:"
        say "            $(hint stop "$target")"
      fi
      return 0
      ;;
    stale)
      say "Fixture Bench background run: not running (stale lock: $reason; the next start takes it over)"
      say "  Target:   ${target:-(not recorded)}"
      if [ -n "$log" ]; then
        say "  Log:      $log"
        say "  Last line: $(last_line_of "$log")"
      fi
      ;;
    none)
      last=$(last_of "$lock")
      if [ -f "$last" ]; then
        show_last "$last"
      else
        say "Fixture Bench background run: not running (none of ${out:-$default_out} known)"
      fi
      ;;
  esac
  return 3
}

cmd_status() {
  local l any=3 n=0
  parse_out_only "$@"
  if [ -n "$out_given" ]; then
    show "$(lock_of "$(resolve_target "$out")")" && return 0
    return 3
  fi
  for l in "$locks"/*.lock; do
    [ -d "$l" ] || continue
    ((n++ == 0)) || say ""
    if show "$l"; then any=0; fi
  done
  ((n > 0)) || say "No Fixture Bench background run is running."
  # Then the runs that ended last, newest first: of the targets without a lock (show told of the others).
  local ended=() more=0 line
  while IFS= read -r line; do
    l=${line#* }
    [ ! -d "${l%.last}.lock" ] || continue
    if ((${#ended[@]} < last_shown)); then ended+=("$l"); else more=$((more + 1)); fi
  done < <(stat -c '%Y %n' -- "$locks"/*.last 2>/dev/null | sort -rn)
  for l in "${ended[@]}"; do
    say ""
    show_last "$l"
  done
  if ((more > 0)); then
    say ""
    say "($more older ended run(s) not shown; $0 status --out=DIR shows that of DIR.)"
  fi
  return "$any"
}

# --- stop ---------------------------------------------------------------------------------------------------------

# wait_gone PGID SECONDS: whether every process of the group ended in time.
wait_gone() {
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    [ -n "$(members_of "$1")" ] || return 0
    sleep 0.2
  done
  [ -z "$(members_of "$1")" ]
}

cmd_stop() {
  local lock group left code t0
  parse_out_only "$@"
  pick_lock
  inspect "$lock"
  case $state in
    none)
      if [ -n "$out_given" ]; then
        say "No background run of $(resolve_target "$out") is running; nothing to stop."
      else
        say "No background run is running; nothing to stop."
      fi
      return 0
      ;;
    starting) die 1 "the background run of $target is starting right now; try again in a moment" ;;
    stale)
      say "The background run of ${target:-$(resolve_target "$out")} is not running ($reason); removed its stale lock."
      release_lock "$lock" "$pid"
      return 0
      ;;
  esac
  group=$pid
  t0=$(date +%s)
  if [ -n "$wrapper_gone" ]; then
    say "The wrapper of the background run of $target (PID $group) is gone but $(left_count) (PIDs $left)."
    printf '[bench-background] the wrapper (PID %s) is gone; stop ends what is left of its group\n' "$group" \
      >>"$log" 2>/dev/null || true
  fi
  say "Stopping the background run of $target: SIGTERM to process group $group (the tool and its forks)."
  # The group, whether or not its leader (the wrapper) still lives; and any process of the run's session that made a
  # group of its own.
  kill -TERM -- "-$group" 2>/dev/null || true
  # shellcheck disable=SC2046 # one word per PID
  kill -TERM $(ps -e -o pid=,pgid=,sid=,stat= | awk -v g="$group" '$3 == g && $2 != g && $4 !~ /^Z/ { print $1 }') \
    2>/dev/null || true
  if wait_gone "$group" "$stop_wait_s"; then
    say "All of its processes ended within $(duration $(($(date +%s) - t0)))."
  else
    left=$(members_of "$group" | tr '\n' ' ')
    say "Still running after ${stop_wait_s} s (PIDs ${left% }): SIGKILL to all of them."
    kill -KILL -- "-$group" 2>/dev/null || true
    # shellcheck disable=SC2086 # one word per PID
    kill -KILL $left 2>/dev/null || true
    printf '[bench-background] killed (SIGKILL) by stop after %s s\n' "$stop_wait_s" >>"$log" || true
    if ! wait_gone "$group" 5; then
      die 1 "processes of the run are left even after SIGKILL: $(members_of "$group" | tr '\n' ' ')" \
        "The lock stays: $lock"
    fi
    say "All of its processes are gone."
  fi
  if [ -d "$lock" ] && [ "$(read_file "$lock/pid")" = "$group" ]; then
    # The wrapper was killed before it could do it.
    if [ -n "$wrapper_gone" ]; then
      write_last "$lock" "unknown (the wrapper had been killed)"
    else
      write_last "$lock" killed
    fi
    release_lock "$lock" "$group"
    say "Released the lock of $target (the run could not)."
  else
    say "The run released its lock."
  fi
  code=$(exit_code_in "$log")
  if [ -z "$code" ] && [ -n "$wrapper_gone" ]; then code="unknown (its wrapper, which logs it, had been killed)"; fi
  say "The tool's exit code: ${code:-none (killed)}. Log: $log"
}

# --- tail ---------------------------------------------------------------------------------------------------------

follower=''
cmd_tail() {
  local lock last code
  parse_out_only "$@"
  pick_lock
  inspect "$lock"
  if [ "$state" = running ] && [ -n "$wrapper_gone" ]; then
    # No wrapper to wait for (tail --pid would end at once, or never for a zombie): follow while the group lives.
    say "--- the wrapper (PID $pid) is gone but $(left_count); following the log until they end ---" >&2
    tail -n 30 -f -- "$log" &
    follower=$!
    trap 'kill "$follower" 2>/dev/null || true' EXIT
    while [ -n "$(members_of "$pid")" ]; do sleep 1; done
    sleep 0.5 # the tool's last lines
    kill "$follower" 2>/dev/null || true
    wait "$follower" 2>/dev/null || true
    trap - EXIT
    say "--- the run has ended (exit code unknown: its wrapper had been killed) ---"
    return 0
  fi
  if [ "$state" = running ]; then
    # --pid: tail ends once the wrapper has, after it wrote the exit code.
    tail -n 30 --pid="$pid" -f -- "$log"
    code=$(exit_code_in "$log")
    say "--- the run has ended${code:+ (exit code $code)} ---"
    return 0
  fi
  last=$(last_of "$lock")
  if [ "$state" = none ] && [ -f "$last" ]; then
    tail -n 30 -- "$(last_field "$last" log)" || true
    say "--- not running: this was the last run of $(last_field "$last" target) ---" >&2
  elif [ -n "$out_given" ]; then
    say "$me: no background run of $(resolve_target "$out") is running." >&2
  else
    say "$me: no background run is running." >&2
  fi
  return 3
}

# --- main ---------------------------------------------------------------------------------------------------------

main() {
  case ${1-} in
    help | -h | --help) usage && return 0 ;; # readable anywhere
  esac
  require_linux
  require_tools
  case ${1-} in
    _run) ;; # the lock's folder is there: its start made it
    *) prepare_locks ;;
  esac
  case ${1-} in
    start) shift; cmd_start "$@" ;;
    status) shift; cmd_status "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    tail) shift; cmd_tail "$@" ;;
    help | -h | --help) usage ;;
    _run) shift; cmd_run "$@" ;;
    '' | -*) cmd_start "$@" ;;
    *) usage_error "unknown command '$1'" ;;
  esac
}

# On one line: bash reads a script as it goes, and a run lasts long enough for this file to be edited meanwhile.
main "$@"; exit $?
