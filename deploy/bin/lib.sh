# shellcheck shell=bash
# Shared pieces of the stack scripts (kafka.sh, keycloak.sh, postgres.sh, ../../dauys): state folders,
# pid files, locks, leases and their watchdog, waiting, log tails. Sourced, never run.
#
# State lives under <repo>/.dauys/ (gitignored):
#   run/<name>/pid          pid of the running process (a process-group leader started with setsid)
#   run/<name>/pid.start    its start time as `ps -o lstart=` prints it, so a recycled pid is not taken for it
#   run/<name>/lock         flock(1) lock: one start/stop/watchdog round at a time per instance
#   run/<name>/leases/<pid> one file per lease holder (content: the holder's start time)
#   run/<name>/pinned       present when started without --lease: the watchdog never stops it
#   run/<name>/watchdog.pid the instance's watchdog
#   logs/<name>.log         the process's output; logs/<name>-watchdog.log the watchdog's

# shellcheck disable=SC2034 # the globals below are used by the scripts that source this file
DAUYS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DAUYS_STATE=$DAUYS_ROOT/.dauys
DAUYS_CACHE=$DAUYS_STATE/cache
DAUYS_RUN=$DAUYS_STATE/run
DAUYS_LOGS=$DAUYS_STATE/logs
DAUYS_STACK_LAUNCHER=$DAUYS_CACHE/embedded-postgres/dauys-stack-1.0.0-SNAPSHOT-launcher.jar
DAUYS_LABEL=${DAUYS_LABEL:-dauys}

dauys_say() { printf '[%s] %s\n' "$DAUYS_LABEL" "$*"; }
dauys_warn() { printf '[%s] %s\n' "$DAUYS_LABEL" "$*" >&2; }
# dauys_die MESSAGE [EXIT_CODE]
dauys_die() {
  printf '[%s] ERROR: %s\n' "$DAUYS_LABEL" "$1" >&2
  exit "${2:-1}"
}

# Points JAVA_HOME at a JDK >= 21 (deploy/bin/java-home.sh) and sets JAVA.
dauys_use_java() {
  # shellcheck source=deploy/bin/java-home.sh
  source "$DAUYS_ROOT/deploy/bin/java-home.sh" || dauys_die "no JDK 21 or newer found (see the message above)"
  # shellcheck disable=SC2034 # used by the sourcing scripts
  JAVA=$JAVA_HOME/bin/java
}

# dauys_need_stack_cache PATH...: fails with the build command when the stack binaries are missing.
dauys_need_stack_cache() {
  local path
  for path in "$@"; do
    [ -e "$path" ] || dauys_die "$path is missing: build the stack binaries first with
    ./mvnw -q -B -f src/stack/pom.xml package"
  done
}

dauys_sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$@" | awk '{print $1}'
  else
    shasum -a 256 "$@" | awk '{print $1}'
  fi
}

dauys_require_name() {
  [[ "$1" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || dauys_die "--name must be letters, digits, '.', '_' or '-' (got '$1')" 2
}

dauys_require_port() {
  if ! [[ "${2:-}" =~ ^[0-9]+$ ]] || [ "$2" -lt 1 ] || [ "$2" -gt 65535 ]; then
    dauys_die "$1 must be a TCP port number (got '${2:-}')" 2
  fi
}

# ---------------------------------------------------------------------------------------------
# Processes and pid files

# Start time of a process as ps prints it (empty when there is none).
dauys_proc_start() {
  ps -o lstart= -p "$1" 2>/dev/null | sed 's/^ *//; s/ *$//'
}

dauys_pid_alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null
}

# dauys_running_pid DIR: prints the pid recorded in DIR/pid when that very process still runs.
dauys_running_pid() {
  local dir=$1 pid started
  [ -f "$dir/pid" ] || return 1
  pid=$(cat "$dir/pid" 2>/dev/null) || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  dauys_pid_alive "$pid" || return 1
  if [ -f "$dir/pid.start" ]; then
    started=$(dauys_proc_start "$pid")
    [ "$started" = "$(cat "$dir/pid.start")" ] || return 1
  fi
  echo "$pid"
}

# dauys_spawn DIR LOG COMMAND...: starts COMMAND detached (own session, stdin from /dev/null, output
# appended to LOG, the lock descriptor closed), records DIR/pid and DIR/pid.start, sets SPAWNED_PID.
dauys_spawn() {
  local dir=$1 log=$2
  shift 2
  mkdir -p "$dir" "$(dirname "$log")"
  printf '\n===== %s: %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*" >>"$log"
  if command -v setsid >/dev/null 2>&1; then
    setsid "$@" </dev/null >>"$log" 2>&1 9>&- &
  else
    nohup "$@" </dev/null >>"$log" 2>&1 9>&- &
  fi
  SPAWNED_PID=$!
  echo "$SPAWNED_PID" >"$dir/pid"
  dauys_proc_start "$SPAWNED_PID" >"$dir/pid.start"
}

# dauys_signal PID SIGNAL: signals the process group PID leads (setsid), else the process alone.
dauys_signal() {
  local pid=$1 signal=$2 pgid
  pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')
  if [ "$pgid" = "$pid" ]; then
    kill "-$signal" -- "-$pid" 2>/dev/null || true
  else
    kill "-$signal" "$pid" 2>/dev/null || true
  fi
}

# dauys_stop_pid DIR WHAT [GRACE_SECONDS]: TERM, wait up to GRACE (30) seconds, then KILL; removes the pid files.
dauys_stop_pid() {
  local dir=$1 what=$2 grace=${3:-30} pid waited=0
  if ! pid=$(dauys_running_pid "$dir"); then
    rm -f "$dir/pid" "$dir/pid.start"
    return 1
  fi
  dauys_say "stopping $what (pid $pid)"
  dauys_signal "$pid" TERM
  while dauys_pid_alive "$pid" && [ "$waited" -lt $((grace * 5)) ]; do
    sleep 0.2
    waited=$((waited + 1))
  done
  if dauys_pid_alive "$pid"; then
    dauys_warn "$what (pid $pid) still runs after ${grace} s: killing it"
    dauys_signal "$pid" KILL
    sleep 0.5
  fi
  rm -f "$dir/pid" "$dir/pid.start"
  return 0
}

# ---------------------------------------------------------------------------------------------
# Ports

# True when something accepts TCP connections on 127.0.0.1:PORT.
dauys_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Describes who listens on PORT, as far as the machine tells.
dauys_port_owner() {
  local port=$1 owner=""
  if command -v ss >/dev/null 2>&1; then
    owner=$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -1)
  fi
  if [ -z "$owner" ] && command -v lsof >/dev/null 2>&1; then
    owner=$(lsof -nP -iTCP:"$port" -sTCP:LISTEN 2>/dev/null | awk 'NR==2 {print $1 " pid " $2}')
  fi
  echo "${owner:-unknown process}"
}

# dauys_require_free_port PORT WHAT: exits 3 when PORT is taken.
dauys_require_free_port() {
  if dauys_port_open "$1"; then
    dauys_die "port $1 ($2) is taken by another process: $(dauys_port_owner "$1")" 3
  fi
}

# ---------------------------------------------------------------------------------------------
# Locking: flock(1) where it exists (Linux), else an atomic mkdir with a stale-owner check (macOS).

# dauys_lock DIR WHAT [quiet]: takes DIR/lock on descriptor 9 (children get it closed: see
# dauys_spawn) for the rest of the shell (or until dauys_unlock); says so when it has to wait.
dauys_lock() {
  local dir=$1 what=$2 quiet=${3:-} waited=0
  mkdir -p "$dir"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$dir/lock"
    if ! flock -n 9; then
      [ -n "$quiet" ] || dauys_say "waiting for another start/stop of $what to finish (lock $dir/lock)"
      flock -w 900 9 || dauys_die "gave up waiting 900 s for the lock $dir/lock" 1
    fi
    return 0
  fi
  until mkdir "$dir/lock.d" 2>/dev/null; do
    local owner
    owner=$(cat "$dir/lock.d/owner" 2>/dev/null || true)
    if [ -n "$owner" ] && ! dauys_pid_alive "$owner"; then
      rm -rf "$dir/lock.d"
      continue
    fi
    if [ "$waited" -eq 0 ] && [ -z "$quiet" ]; then
      dauys_say "waiting for another start/stop of $what to finish (lock $dir/lock.d)"
    fi
    waited=$((waited + 1))
    [ "$waited" -lt 900 ] || dauys_die "gave up waiting 900 s for the lock $dir/lock.d" 1
    sleep 1
  done
  echo "$$" >"$dir/lock.d/owner"
  DAUYS_LOCK_DIR=$dir/lock.d
  trap 'rm -rf "${DAUYS_LOCK_DIR:-/nonexistent}"' EXIT
}

dauys_unlock() {
  if command -v flock >/dev/null 2>&1; then
    exec 9>&-
  elif [ -n "${DAUYS_LOCK_DIR:-}" ]; then
    rm -rf "$DAUYS_LOCK_DIR"
    DAUYS_LOCK_DIR=""
  fi
}

# ---------------------------------------------------------------------------------------------
# Leases: an instance started with --lease PID lives as long as some lease holder does.

# dauys_add_lease DIR PID
dauys_add_lease() {
  local dir=$1 holder=$2 started
  [[ "$holder" =~ ^[0-9]+$ ]] || dauys_die "--lease needs a process id (got '$holder')" 2
  started=$(dauys_proc_start "$holder")
  [ -n "$started" ] || dauys_die "--lease $holder: no such process" 2
  mkdir -p "$dir/leases"
  echo "$started" >"$dir/leases/$holder"
}

# dauys_prune_leases DIR: drops leases whose holder is gone; prints how many are left.
dauys_prune_leases() {
  local dir=$1 lease holder count=0
  for lease in "$dir"/leases/*; do
    [ -e "$lease" ] || continue
    holder=$(basename "$lease")
    if [ "$(dauys_proc_start "$holder")" = "$(cat "$lease" 2>/dev/null)" ]; then
      count=$((count + 1))
    else
      rm -f "$lease"
    fi
  done
  echo "$count"
}

dauys_lease_holders() {
  local dir=$1 lease holders=""
  for lease in "$dir"/leases/*; do
    [ -e "$lease" ] && holders="$holders $(basename "$lease")"
  done
  echo "${holders# }"
}

# dauys_claim DIR SCRIPT NAME LEASE: records a lease (LEASE non-empty) and makes sure a watchdog runs,
# or pins the instance (LEASE empty) so that no watchdog stops it.
dauys_claim() {
  local dir=$1 script=$2 name=$3 lease=$4
  if [ -z "$lease" ]; then
    touch "$dir/pinned"
    return 0
  fi
  dauys_add_lease "$dir" "$lease"
  dauys_ensure_watchdog "$dir" "$script" "$name"
}

# dauys_ensure_watchdog DIR SCRIPT NAME: starts `SCRIPT _watchdog --name NAME` unless one runs.
dauys_ensure_watchdog() {
  local dir=$1 script=$2 name=$3
  if dauys_running_pid_file "$dir/watchdog.pid" >/dev/null; then
    return 0
  fi
  mkdir -p "$DAUYS_LOGS"
  if command -v setsid >/dev/null 2>&1; then
    setsid "$script" _watchdog --name "$name" </dev/null >>"$DAUYS_LOGS/$name-watchdog.log" 2>&1 9>&- &
  else
    nohup "$script" _watchdog --name "$name" </dev/null >>"$DAUYS_LOGS/$name-watchdog.log" 2>&1 9>&- &
  fi
  echo "$!" >"$dir/watchdog.pid"
  dauys_proc_start "$!" >"$dir/watchdog.pid.start"
  dauys_say "watchdog pid $! stops $name once every lease holder has exited (leases in $dir/leases)"
}

# dauys_running_pid_file FILE: like dauys_running_pid for FILE and FILE.start.
dauys_running_pid_file() {
  local file=$1 pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null)
  [[ "$pid" =~ ^[0-9]+$ ]] && dauys_pid_alive "$pid" || return 1
  if [ -f "$file.start" ] && [ "$(dauys_proc_start "$pid")" != "$(cat "$file.start")" ]; then
    return 1
  fi
  echo "$pid"
}

# dauys_kill_watchdog DIR: ends the instance's watchdog unless it is the caller.
dauys_kill_watchdog() {
  local dir=$1 pid
  if pid=$(dauys_running_pid_file "$dir/watchdog.pid") && [ "$pid" != "$$" ]; then
    kill "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/watchdog.pid" "$dir/watchdog.pid.start"
}

# dauys_watchdog_loop DIR NAME STOP_FUNCTION: every 2 s drops dead leases; when none is left (and the
# instance is not pinned) calls STOP_FUNCTION under the lock and exits. Exits as well when the
# instance is no longer running or another watchdog took over.
dauys_watchdog_loop() {
  local dir=$1 name=$2 stop_function=$3 left
  DAUYS_LABEL="$name watchdog"
  echo "$$" >"$dir/watchdog.pid"
  dauys_proc_start "$$" >"$dir/watchdog.pid.start"
  dauys_say "$(date '+%H:%M:%S') watching $name, leases: $(dauys_lease_holders "$dir")"
  while sleep 2; do
    dauys_lock "$dir" "$name" quiet
    if [ "$(cat "$dir/watchdog.pid" 2>/dev/null)" != "$$" ]; then
      dauys_say "$(date '+%H:%M:%S') another watchdog took over; exiting"
      exit 0
    fi
    left=$(dauys_prune_leases "$dir")
    if ! dauys_running_pid "$dir" >/dev/null; then
      dauys_say "$(date '+%H:%M:%S') $name is no longer running; exiting"
      rm -f "$dir/watchdog.pid" "$dir/watchdog.pid.start" "$dir"/leases/*
      exit 0
    fi
    if [ "$left" -eq 0 ]; then
      if [ -e "$dir/pinned" ]; then
        dauys_say "$(date '+%H:%M:%S') no lease left but $name was also started without --lease: leaving it running"
      else
        dauys_say "$(date '+%H:%M:%S') the last lease holder has exited: stopping $name"
        "$stop_function"
      fi
      rm -f "$dir/watchdog.pid" "$dir/watchdog.pid.start"
      exit 0
    fi
    dauys_unlock
  done
}

# ---------------------------------------------------------------------------------------------
# Waiting

# dauys_log_tail LOG [LINES]: prints the end of LOG to stderr.
dauys_log_tail() {
  local log=$1 lines=${2:-40}
  if [ -s "$log" ]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$log" >&2
    tail -n "$lines" "$log" >&2
    printf -- '----- end of %s -----\n' "$log" >&2
  fi
}

# dauys_wait_for WHAT TIMEOUT PID LOG CHECK...: runs CHECK every second until it succeeds (0), the
# process PID dies (1) or TIMEOUT seconds pass (1); prints the log tail on failure.
dauys_wait_for() {
  local what=$1 timeout=$2 pid=$3 log=$4 deadline
  shift 4
  deadline=$((SECONDS + timeout))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    if [ -n "$pid" ] && ! dauys_pid_alive "$pid"; then
      dauys_warn "$what exited before it was ready"
      dauys_log_tail "$log"
      return 1
    fi
    sleep 1
  done
  dauys_warn "$what was not ready within ${timeout} s"
  dauys_log_tail "$log"
  return 1
}

# True when an HTTP GET of URL answers 2xx.
dauys_http_ok() {
  curl -fsS -o /dev/null --max-time 5 "$1"
}

dauys_need_curl() {
  command -v curl >/dev/null 2>&1 || dauys_die "curl is needed to check that the services answer; install it (apt-get install curl)"
}
