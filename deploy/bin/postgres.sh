#!/usr/bin/env bash
# PostgreSQL for the local run and the test builds: uses the server that answers, or starts an
# embedded one when none does.
#
#   postgres.sh ensure DB [DB ...]
#   postgres.sh stop
#   postgres.sh status
#
# The server: DAUYS_DB_HOST (127.0.0.1), DAUYS_DB_PORT (5432), DAUYS_DB_USER (postgres),
# DAUYS_DB_PASSWORD (empty).
# ensure  when a server answers there, creates each database DB that is missing. When none answers
#         (and the host is this machine), starts an embedded PostgreSQL 17 (the zonky binaries of
#         .dauys/cache/embedded-postgres) on that port with its data in .dauys/data/postgres, then
#         creates the databases. Databases are created over JDBC: psql is not needed.
# stop    stops the embedded server if this script started it; never touches any other server.
# status  exit 0 when a server answers, telling whether it is the embedded one.
#
# Exit codes: 0 ok; 1 failed (no server and none could be started, SQL error) or, for status, no
# server answers; 2 wrong usage or missing binaries; 3 the port is taken by something that is not
# PostgreSQL.
# Files: .dauys/run/postgres/{pid,port,lock}, .dauys/data/postgres/, .dauys/logs/postgres.log.
set -euo pipefail

# shellcheck source=deploy/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCRIPT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
DAUYS_LABEL=postgres
DIR=$DAUYS_RUN/postgres
DATA_DIR=$DAUYS_STATE/data/postgres
LOG=$DAUYS_LOGS/postgres.log
EMBEDDED_MAJOR=17
READY_TIMEOUT=120

export DAUYS_DB_HOST=${DAUYS_DB_HOST:-127.0.0.1}
export DAUYS_DB_PORT=${DAUYS_DB_PORT:-5432}
export DAUYS_DB_USER=${DAUYS_DB_USER:-postgres}
export DAUYS_DB_PASSWORD=${DAUYS_DB_PASSWORD:-}

usage() {
  sed -n '2,23p' "$SCRIPT" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] || usage
ACTION=$1
shift

classpath() {
  echo "$DAUYS_STACK_LAUNCHER:$DAUYS_CACHE/embedded-postgres/libs/*"
}

# database_creator ping|ensure [DB...]
database_creator() {
  "$JAVA" -Xmx64m -cp "$(classpath)" kz.dauys.stack.DatabaseCreator "$@"
}

server_answers() {
  database_creator ping >/dev/null 2>&1
}

is_local_host() {
  case "$DAUYS_DB_HOST" in
    127.0.0.1|localhost|::1) return 0 ;;
    *) return 1 ;;
  esac
}

start_embedded() {
  if [ -f "$DATA_DIR/PG_VERSION" ] && [ "$(cat "$DATA_DIR/PG_VERSION")" != "$EMBEDDED_MAJOR" ]; then
    dauys_die "$DATA_DIR holds a PostgreSQL $(cat "$DATA_DIR/PG_VERSION") cluster but the embedded server is PostgreSQL $EMBEDDED_MAJOR; move that folder away (its data is not migrated) and run again"
  fi
  mkdir -p "$DATA_DIR" "$DAUYS_LOGS"
  local started=$SECONDS pid
  dauys_spawn "$DIR" "$LOG" "$JAVA" -Xmx128m -cp "$(classpath)" kz.dauys.stack.EmbeddedPostgresServer \
    "$DATA_DIR" "$DAUYS_DB_PORT"
  pid=$SPAWNED_PID
  echo "$DAUYS_DB_PORT" >"$DIR/port"
  dauys_say "starting the embedded PostgreSQL $EMBEDDED_MAJOR on 127.0.0.1:$DAUYS_DB_PORT (pid $pid, data $DATA_DIR, log $LOG)"
  if ! dauys_wait_for "the embedded PostgreSQL" "$READY_TIMEOUT" "$pid" "$LOG" server_answers; then
    dauys_stop_pid "$DIR" "the embedded PostgreSQL" 30 >/dev/null || true
    exit 1
  fi
  cat <<EOF
[postgres] ================================================================================
[postgres]  No PostgreSQL answered on 127.0.0.1:$DAUYS_DB_PORT, so an EMBEDDED PostgreSQL $EMBEDDED_MAJOR now runs
[postgres]  there (ready in $((SECONDS - started)) s): data in $DATA_DIR, pid $pid.
[postgres]  It keeps running until \`./dauys down\` or \`deploy/bin/postgres.sh stop\`.
[postgres] ================================================================================
EOF
}

ensure() {
  [ $# -ge 1 ] || dauys_die "name at least one database: postgres.sh ensure DB [DB ...]" 2
  dauys_use_java
  dauys_need_stack_cache "$DAUYS_STACK_LAUNCHER" "$DAUYS_CACHE/embedded-postgres/libs"
  dauys_lock "$DIR" "PostgreSQL"
  if dauys_port_open "$DAUYS_DB_PORT" || ! is_local_host; then
    local message
    if ! message=$(database_creator ping 2>&1); then
      if dauys_port_open "$DAUYS_DB_PORT" && is_local_host; then
        dauys_die "something listens on 127.0.0.1:$DAUYS_DB_PORT ($(dauys_port_owner "$DAUYS_DB_PORT")) but PostgreSQL refused: $message" 3
      fi
      dauys_die "no PostgreSQL answers at $DAUYS_DB_HOST:$DAUYS_DB_PORT: $message"
    fi
    if pid=$(dauys_running_pid "$DIR"); then
      dauys_say "using the embedded PostgreSQL (pid $pid) on 127.0.0.1:$DAUYS_DB_PORT"
    else
      dauys_say "using $message"
    fi
  else
    start_embedded
  fi
  database_creator ensure "$@" | sed 's/^/[postgres] /'
}

stop() {
  dauys_lock "$DIR" "PostgreSQL"
  if dauys_stop_pid "$DIR" "the embedded PostgreSQL" 30; then
    return 0
  fi
  dauys_say "no embedded PostgreSQL started by postgres.sh is running; any other server on $DAUYS_DB_HOST:$DAUYS_DB_PORT is left alone"
}

status() {
  dauys_use_java
  local message pid
  if message=$(database_creator ping 2>&1); then
    if pid=$(dauys_running_pid "$DIR"); then
      echo "PostgreSQL: embedded server on 127.0.0.1:$(cat "$DIR/port" 2>/dev/null || echo "$DAUYS_DB_PORT") (pid $pid, data $DATA_DIR), log $LOG"
    else
      echo "PostgreSQL: $message (not started by postgres.sh)"
    fi
    exit 0
  fi
  echo "PostgreSQL: nothing answers at $DAUYS_DB_HOST:$DAUYS_DB_PORT ($message)"
  exit 1
}

case "$ACTION" in
  ensure) ensure "$@" ;;
  stop) stop ;;
  status) status ;;
  -h|--help|help) usage ;;
  *) dauys_die "unknown action '$ACTION': use ensure, stop or status" 2 ;;
esac
