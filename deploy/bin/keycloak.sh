#!/usr/bin/env bash
# Keycloak (dev mode) with the Dauys realm on 127.0.0.1, for the local run and the test builds.
#
#   keycloak.sh start  --name NAME --port P [--management-port M] [--lease PID] [--fresh]
#   keycloak.sh stop   --name NAME
#   keycloak.sh status --name NAME
#
# start   idempotent: an instance NAME that already runs and answers only gets the lease (or is
#         pinned) and the call returns 0. Otherwise starts `kc.sh start-dev --import-realm` with the
#         realm of deploy/keycloak/dauys-realm.json and waits (180 s) until
#         http://127.0.0.1:P/realms/dauys/.well-known/openid-configuration answers.
#         Every instance has its own Keycloak home (.dauys/run/NAME/home: its own build of the
#         distribution, configuration and data); the binaries are shared with .dauys/cache.
#         Data: a file database in .dauys/run/NAME/home/data/h2, kept across restarts; when the realm
#         file changed since the instance last started, that database is wiped first so the realm
#         is imported again. --fresh: an in-memory database instead (a new import at every start;
#         what the tests use).
#         --lease PID: the instance lives as long as PID (and every other lease holder) does; a
#         watchdog stops it when the last holder has exited. Without --lease it runs until `stop`.
#         --management-port: Keycloak's management interface (health, metrics), P+1000 by default.
#         The master realm's bootstrap admin is admin/admin (local only).
# stop    stops Keycloak (TERM, up to 30 s, then KILL) and its watchdog, drops the leases.
# status  exit 0 when running and answering.
#
# Exit codes: 0 ok; 1 failed (not ready in time, crashed; the log tail is printed) or, for status,
# not running; 2 wrong usage or missing binaries; 3 a port is taken by another process;
# 4 (status) running but not answering.
# Files: .dauys/run/NAME/{pid,port,home/,realm.sha256,leases/,pinned,lock}, .dauys/logs/NAME.log.
set -euo pipefail

# shellcheck source=deploy/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCRIPT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
KC_DIST=$DAUYS_CACHE/keycloak-26.7.3
REALM_FILE=$DAUYS_ROOT/deploy/keycloak/dauys-realm.json
READY_TIMEOUT=${DAUYS_KEYCLOAK_READY_TIMEOUT:-180}

usage() {
  sed -n '2,30p' "$SCRIPT" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] || usage
ACTION=$1
shift
NAME="" PORT="" MANAGEMENT_PORT="" LEASE="" FRESH=false
while [ $# -gt 0 ]; do
  case "$1" in
    --name) NAME=${2:-}; shift 2 ;;
    --port) PORT=${2:-}; shift 2 ;;
    --management-port) MANAGEMENT_PORT=${2:-}; shift 2 ;;
    --lease) LEASE=${2:-}; shift 2 ;;
    --fresh) FRESH=true; shift ;;
    -h|--help) usage ;;
    *) dauys_die "unknown argument '$1' (see keycloak.sh --help)" 2 ;;
  esac
done
[ -n "$NAME" ] || dauys_die "--name is required" 2
dauys_require_name "$NAME"
DAUYS_LABEL="keycloak $NAME"
DIR=$DAUYS_RUN/$NAME
HOME_DIR=$DIR/home
LOG=$DAUYS_LOGS/$NAME.log

running_port() {
  cat "$DIR/port" 2>/dev/null || true
}

discovery_url() {
  echo "http://127.0.0.1:$1/realms/dauys/.well-known/openid-configuration"
}

stop_keycloak() {
  dauys_stop_pid "$DIR" "Keycloak $NAME" 30 || dauys_say "Keycloak $NAME was not running"
}

# The instance's own Keycloak home: bin/ and conf/ copied, lib/quarkus (which Keycloak rewrites
# when it re-augments for dev mode and the chosen database) copied, the read-only jars, providers
# and themes linked from the cache. So two instances never rebuild or write into each other.
prepare_home() {
  local source_id
  source_id="$KC_DIST $(cat "$KC_DIST/version.txt")"
  if [ -f "$HOME_DIR/.dauys-source" ] && [ "$(cat "$HOME_DIR/.dauys-source")" = "$source_id" ]; then
    return 0
  fi
  dauys_say "preparing the instance's Keycloak home in $HOME_DIR"
  local keep_data=""
  if [ -d "$HOME_DIR/data" ]; then
    keep_data=$DIR/data.keep
    rm -rf "$keep_data"
    mv "$HOME_DIR/data" "$keep_data"
  fi
  rm -rf "$HOME_DIR"
  mkdir -p "$HOME_DIR/lib"
  cp -R "$KC_DIST/bin" "$KC_DIST/conf" "$HOME_DIR/"
  cp "$KC_DIST/version.txt" "$HOME_DIR/"
  cp "$KC_DIST/lib/quarkus-run.jar" "$HOME_DIR/lib/"
  cp -R "$KC_DIST/lib/quarkus" "$HOME_DIR/lib/"
  ln -s "$KC_DIST/lib/app" "$HOME_DIR/lib/app"
  ln -s "$KC_DIST/lib/lib" "$HOME_DIR/lib/lib"
  ln -s "$KC_DIST/providers" "$HOME_DIR/providers"
  ln -s "$KC_DIST/themes" "$HOME_DIR/themes"
  if [ -n "$keep_data" ]; then
    mv "$keep_data" "$HOME_DIR/data"
  fi
  echo "$source_id" >"$HOME_DIR/.dauys-source"
}

# Puts the realm into data/import and, for the file database, wipes it when the realm changed.
prepare_realm() {
  local hash
  hash=$(dauys_sha256 "$REALM_FILE")
  rm -rf "$HOME_DIR/data/import"
  mkdir -p "$HOME_DIR/data/import"
  cp "$REALM_FILE" "$HOME_DIR/data/import/"
  if [ "$FRESH" = true ]; then
    dauys_say "--fresh: in-memory database, the realm is imported at start"
    return 0
  fi
  if [ ! -d "$HOME_DIR/data/h2" ]; then
    dauys_say "new database in $HOME_DIR/data/h2: the realm is imported at start"
  elif [ "$(cat "$DIR/realm.sha256" 2>/dev/null || true)" != "$hash" ]; then
    dauys_say "$(basename "$REALM_FILE") changed since Keycloak $NAME last started: wiping its database ($HOME_DIR/data/h2) so the realm is imported again (users and sessions created since are dropped)"
    rm -rf "$HOME_DIR/data/h2"
  fi
}

start() {
  [ -n "$PORT" ] || dauys_die "--port is required" 2
  dauys_require_port --port "$PORT"
  MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1000))}
  dauys_require_port --management-port "$MANAGEMENT_PORT"
  [ -f "$REALM_FILE" ] || dauys_die "realm file $REALM_FILE not found" 2
  dauys_need_curl
  dauys_use_java
  dauys_need_stack_cache "$KC_DIST/bin/kc.sh" "$KC_DIST/lib/quarkus-run.jar"
  dauys_lock "$DIR" "Keycloak $NAME"

  local pid
  if pid=$(dauys_running_pid "$DIR"); then
    if [ "$(running_port)" != "$PORT" ]; then
      dauys_die "Keycloak $NAME already runs on port $(running_port), not $PORT: stop it first (keycloak.sh stop --name $NAME)" 2
    fi
    if ! dauys_wait_for "Keycloak $NAME" "$READY_TIMEOUT" "$pid" "$LOG" dauys_http_ok "$(discovery_url "$PORT")"; then
      dauys_die "Keycloak $NAME runs (pid $pid) but does not answer on 127.0.0.1:$PORT; stop it with keycloak.sh stop --name $NAME"
    fi
    if [ ! -e "$DIR/fresh" ] && [ "$(cat "$DIR/realm.sha256" 2>/dev/null || true)" != "$(dauys_sha256 "$REALM_FILE")" ]; then
      dauys_warn "$(basename "$REALM_FILE") changed since Keycloak $NAME started: restart it (keycloak.sh stop --name $NAME, then start) to import it"
    fi
    dauys_claim "$DIR" "$SCRIPT" "$NAME" "$LEASE"
    dauys_say "already running on http://127.0.0.1:$PORT (pid $pid)${LEASE:+, lease added for pid $LEASE}"
    return 0
  fi

  dauys_require_free_port "$PORT" "Keycloak $NAME"
  dauys_require_free_port "$MANAGEMENT_PORT" "Keycloak $NAME management interface"
  rm -f "$DIR/pinned" "$DIR"/leases/*
  mkdir -p "$DIR" "$DAUYS_LOGS"
  prepare_home
  prepare_realm
  echo "$PORT" >"$DIR/port"
  local db=dev-file
  if [ "$FRESH" = true ]; then
    db=dev-mem
    touch "$DIR/fresh"
  else
    rm -f "$DIR/fresh"
  fi

  local started=$SECONDS
  dauys_spawn "$DIR" "$LOG" env \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" JAVA_HOME="$JAVA_HOME" \
    "$HOME_DIR/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$PORT" --http-management-port="$MANAGEMENT_PORT" \
    --hostname="http://127.0.0.1:$PORT" --db="$db" --import-realm
  pid=$SPAWNED_PID
  dauys_say "starting on http://127.0.0.1:$PORT ($db database), pid $pid, log $LOG"
  # Claimed before waiting: should this script be killed while it waits, the watchdog still
  # stops Keycloak once the lease holder is gone.
  dauys_claim "$DIR" "$SCRIPT" "$NAME" "$LEASE"
  if ! dauys_wait_for "Keycloak $NAME" "$READY_TIMEOUT" "$pid" "$LOG" dauys_http_ok "$(discovery_url "$PORT")"; then
    dauys_kill_watchdog "$DIR"
    rm -f "$DIR/pinned" "$DIR"/leases/*
    stop_keycloak >/dev/null
    exit 1
  fi
  [ "$FRESH" = true ] || dauys_sha256 "$REALM_FILE" >"$DIR/realm.sha256"
  dauys_say "ready in $((SECONDS - started)) s: realm http://127.0.0.1:$PORT/realms/dauys, admin console http://127.0.0.1:$PORT/admin/ (admin/admin)"
}

stop() {
  dauys_lock "$DIR" "Keycloak $NAME"
  dauys_kill_watchdog "$DIR"
  rm -f "$DIR/pinned" "$DIR"/leases/*
  stop_keycloak
}

status() {
  local pid
  if ! pid=$(dauys_running_pid "$DIR"); then
    echo "Keycloak $NAME: not running"
    exit 1
  fi
  local how="started without --lease"
  [ -e "$DIR/pinned" ] || how="leases held by: $(dauys_lease_holders "$DIR")"
  if dauys_http_ok "$(discovery_url "$(running_port)")"; then
    echo "Keycloak $NAME: running on http://127.0.0.1:$(running_port) (pid $pid, $how), log $LOG"
    exit 0
  fi
  echo "Keycloak $NAME: process $pid runs but http://127.0.0.1:$(running_port)/realms/dauys does not answer, log $LOG"
  exit 4
}

case "$ACTION" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  _watchdog) dauys_watchdog_loop "$DIR" "$NAME" stop_keycloak ;;
  -h|--help|help) usage ;;
  *) dauys_die "unknown action '$ACTION': use start, stop or status" 2 ;;
esac
