#!/usr/bin/env bash
# A single-node Kafka (KRaft broker + controller) on 127.0.0.1, for the local run and the test builds.
#
#   kafka.sh start  --name NAME --port P --controller-port C [--lease PID] [--fresh] [--topics FILE]
#   kafka.sh stop   --name NAME
#   kafka.sh status --name NAME
#
# start   idempotent: an instance NAME that already runs and answers only gets the lease (or is pinned)
#         and the call returns 0. Otherwise formats the storage on first use, starts the broker,
#         waits (90 s) until it serves metadata and creates the topics of FILE
#         (deploy/kafka/topics.txt by default) that are missing.
#         --lease PID: the instance lives as long as PID (and every other lease holder) does; a
#         watchdog stops it when the last holder has exited. Without --lease it runs until `stop`.
#         --fresh: wipe the instance's data first (only when it is not running).
# stop    stops the broker (TERM, up to 30 s, then KILL) and its watchdog, drops the leases.
# status  exit 0 when running and answering.
#
# Exit codes: 0 ok; 1 failed (not ready in time, crashed; the log tail is printed) or, for status,
# not running; 2 wrong usage or missing binaries; 3 a port is taken by another process;
# 4 (status) running but not answering.
# Files: .dauys/run/NAME/{pid,server.properties,data/,leases/,pinned,lock}, .dauys/logs/NAME.log.
set -euo pipefail

# shellcheck source=deploy/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCRIPT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
KAFKA_LIBS=$DAUYS_CACHE/kafka-4.4.0/libs
READY_TIMEOUT=${DAUYS_KAFKA_READY_TIMEOUT:-90}

usage() {
  sed -n '2,22p' "$SCRIPT" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] || usage
ACTION=$1
shift
NAME="" PORT="" CONTROLLER_PORT="" LEASE="" FRESH=false TOPICS=$DAUYS_ROOT/deploy/kafka/topics.txt
while [ $# -gt 0 ]; do
  case "$1" in
    --name) NAME=${2:-}; shift 2 ;;
    --port) PORT=${2:-}; shift 2 ;;
    --controller-port) CONTROLLER_PORT=${2:-}; shift 2 ;;
    --lease) LEASE=${2:-}; shift 2 ;;
    --fresh) FRESH=true; shift ;;
    --topics) TOPICS=${2:-}; shift 2 ;;
    -h|--help) usage ;;
    *) dauys_die "unknown argument '$1' (see kafka.sh --help)" 2 ;;
  esac
done
[ -n "$NAME" ] || dauys_die "--name is required" 2
dauys_require_name "$NAME"
DAUYS_LABEL="kafka $NAME"
DIR=$DAUYS_RUN/$NAME
LOG=$DAUYS_LOGS/$NAME.log

kafka_classpath() {
  echo "$KAFKA_LIBS/*"
}

# The port the running instance was started with.
running_port() {
  cat "$DIR/port" 2>/dev/null || true
}

# kafka_answers [TIMEOUT] [PID]: the broker on the recorded port serves metadata. Helper JVMs get
# the lock descriptor closed, so one outliving a killed script does not hold the lock.
kafka_answers() {
  local timeout=${1:-10} pid=${2:-}
  local port
  port=$(running_port)
  [ -n "$port" ] || return 1
  "$JAVA" -Xmx64m -cp "$DAUYS_STACK_LAUNCHER:$(kafka_classpath)" kz.dauys.stack.KafkaTopics await \
    --bootstrap "127.0.0.1:$port" --timeout "$timeout" ${pid:+--pid "$pid"} 9>&-
}

stop_broker() {
  dauys_stop_pid "$DIR" "Kafka $NAME" 30 || dauys_say "Kafka $NAME was not running"
}

write_properties() {
  sed -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" -e "s|@DATA_DIR@|$DIR/data|g" \
    "$DAUYS_ROOT/deploy/kafka/server.properties" >"$DIR/server.properties"
}

# A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, not starting with '-'.
new_cluster_id() {
  local id="-"
  while [ "${id#-}" != "$id" ]; do
    id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  done
  echo "$id"
}

format_storage() {
  local id
  id=$(new_cluster_id)
  dauys_say "formatting new storage in $DIR/data (cluster id $id)"
  mkdir -p "$DIR/data"
  if ! "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$DAUYS_ROOT/deploy/kafka/log4j2.properties" \
      -cp "$(kafka_classpath)" kafka.tools.StorageTool format -t "$id" -c "$DIR/server.properties" >>"$LOG" 2>&1 9>&-; then
    dauys_log_tail "$LOG" 20
    dauys_die "formatting the Kafka storage failed"
  fi
}

ensure_topics() {
  [ -f "$TOPICS" ] || dauys_die "topics file $TOPICS not found" 2
  "$JAVA" -Xmx64m -cp "$DAUYS_STACK_LAUNCHER:$(kafka_classpath)" kz.dauys.stack.KafkaTopics ensure \
    --bootstrap "127.0.0.1:$PORT" --file "$TOPICS" 9>&- | sed "s/^/[$DAUYS_LABEL] /"
}

start() {
  [ -n "$PORT" ] || dauys_die "--port is required" 2
  [ -n "$CONTROLLER_PORT" ] || dauys_die "--controller-port is required" 2
  dauys_require_port --port "$PORT"
  dauys_require_port --controller-port "$CONTROLLER_PORT"
  [ "$PORT" != "$CONTROLLER_PORT" ] || dauys_die "--port and --controller-port must differ" 2
  dauys_use_java
  dauys_need_stack_cache "$KAFKA_LIBS/kafka_2.13-4.4.0.jar" "$DAUYS_STACK_LAUNCHER"
  dauys_lock "$DIR" "Kafka $NAME"

  local pid
  if pid=$(dauys_running_pid "$DIR"); then
    if [ "$(running_port)" != "$PORT" ]; then
      dauys_die "Kafka $NAME already runs on port $(running_port), not $PORT: stop it first (kafka.sh stop --name $NAME)" 2
    fi
    if ! kafka_answers "$READY_TIMEOUT" "$pid" >/dev/null 2>&1; then
      dauys_log_tail "$LOG"
      dauys_die "Kafka $NAME runs (pid $pid) but does not answer on 127.0.0.1:$PORT; stop it with kafka.sh stop --name $NAME"
    fi
    dauys_claim "$DIR" "$SCRIPT" "$NAME" "$LEASE"
    dauys_say "already running on 127.0.0.1:$PORT (pid $pid)${LEASE:+, lease added for pid $LEASE}"
    return 0
  fi

  dauys_require_free_port "$PORT" "Kafka $NAME"
  dauys_require_free_port "$CONTROLLER_PORT" "Kafka $NAME controller"
  rm -f "$DIR/pinned" "$DIR"/leases/*
  if [ "$FRESH" = true ]; then
    dauys_say "--fresh: wiping $DIR/data"
    rm -rf "$DIR/data"
  fi
  mkdir -p "$DIR" "$DAUYS_LOGS"
  echo "$PORT" >"$DIR/port"
  write_properties
  [ -f "$DIR/data/meta.properties" ] || format_storage

  local started=$SECONDS
  dauys_spawn "$DIR" "$LOG" "$JAVA" -Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$DAUYS_ROOT/deploy/kafka/log4j2.properties" \
    -Dkafka.logs.dir="$DIR/logs" -Ddauys.instance="$NAME" \
    -cp "$(kafka_classpath)" kafka.Kafka "$DIR/server.properties"
  pid=$SPAWNED_PID
  dauys_say "starting on 127.0.0.1:$PORT (controller $CONTROLLER_PORT), pid $pid, log $LOG"
  # Claimed before waiting: should this script be killed while it waits, the watchdog still
  # stops the broker once the lease holder is gone.
  dauys_claim "$DIR" "$SCRIPT" "$NAME" "$LEASE"
  if ! kafka_answers "$READY_TIMEOUT" "$pid" >/dev/null 2>&1; then
    dauys_warn "Kafka $NAME did not answer within $READY_TIMEOUT s"
    dauys_log_tail "$LOG"
    abandon
    exit 1
  fi
  dauys_say "ready in $((SECONDS - started)) s"
  if ! ensure_topics; then
    abandon
    dauys_die "could not create the topics of $TOPICS"
  fi
}

# Undoes a failed start: no broker, no lease, no watchdog.
abandon() {
  dauys_kill_watchdog "$DIR"
  rm -f "$DIR/pinned" "$DIR"/leases/*
  stop_broker >/dev/null
}

stop() {
  dauys_lock "$DIR" "Kafka $NAME"
  dauys_kill_watchdog "$DIR"
  rm -f "$DIR/pinned" "$DIR"/leases/*
  stop_broker
}

status() {
  local pid
  if ! pid=$(dauys_running_pid "$DIR"); then
    echo "Kafka $NAME: not running"
    exit 1
  fi
  dauys_use_java
  local how="started without --lease"
  [ -e "$DIR/pinned" ] || how="leases held by: $(dauys_lease_holders "$DIR")"
  if kafka_answers 5 "$pid" >/dev/null 2>&1; then
    echo "Kafka $NAME: running on 127.0.0.1:$(running_port) (pid $pid, $how), log $LOG"
    exit 0
  fi
  echo "Kafka $NAME: process $pid runs but does not answer on 127.0.0.1:$(running_port), log $LOG"
  exit 4
}

case "$ACTION" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  _watchdog) dauys_watchdog_loop "$DIR" "$NAME" stop_broker ;;
  -h|--help|help) usage ;;
  *) dauys_die "unknown action '$ACTION': use start, stop or status" 2 ;;
esac
