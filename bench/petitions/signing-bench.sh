#!/usr/bin/env bash
# Signing benchmark of the petitions service (see docs/benchmarks.md, "Petition signing").
#
#   bench/petitions/signing-bench.sh [--users N] [--petitions N] [--concurrency N]
#                                    [--peak-seconds S] [--steady-seconds S] [--raw-seconds S]
#                                    [--raw-connections N,N,...] [--warm-up-seconds S] [--steady-rate R] [--max-connections N]
#                                    [--install-upstream]
#
# Builds the service (./mvnw), starts its own Kafka broker (bench-kafka, 29092/29093) and Keycloak
# (bench-keycloak, 28180, fresh in-memory realm) with deploy/bin/*.sh, a fresh database
# dauys_petitions_bench on the local PostgreSQL, and the service jar on 127.0.0.1:28081. The client
# (SigningBench, run with -Pbench) creates the signer accounts through Keycloak's admin API, approves
# the petitions through the moderation topic, signs over HTTP with real tokens (peak, then 80% of
# peak), measures PostgreSQL's raw single-row insert rate into an equivalent table with the same
# unique index (before and after the signing, at each of --raw-connections, default 2,8,32,64, for
# --raw-seconds each; the best of all is the baseline), and verifies count == rows == distinct signers and that no
# acknowledged signature is missing. Everything it started is stopped at the end. Loopback only.
# A warm-up of real signatures (at least --warm-up-seconds, default 20; longer, in 5 s slices up to
# 60 s more, while the JIT compiler threads still use over a tenth of the service CPU) comes first.
# Each phase also reports CPU seconds per 1,000 signatures of the service process, of the client and
# of the bench database's PostgreSQL backends (from /proc), with the load average at both ends: on a
# shared machine the rate depends on what else runs, the CPU per signature much less.
# The upstream modules (contract, kernel, platform, test-support) are installed into ~/.m2 only when
# missing there or with --install-upstream (installing replaces jars other builds may be reading).
# --steady-rate R paces the open-loop phase at R signatures/s instead of 80% of the measured peak
# (to compare runs at the same signing load). --max-connections N (default 256) caps the sockets the
# open loop holds; requests beyond it wait in the client, their latency counted from the intended time.
# --client-nice N runs the load-generating client at that nice level (default 0): in production the
# signers' clients are not on the service's machine; a niced client yields the two cores to the
# system under test first, and its own scheduling delays still count in its latency figures.
# --slice-seconds S (default 8): the open loop is also reported slice by slice (rate kept, p50, p99).
# --settle-seconds S (default 5): the open loop runs this long at its rate before it is measured (the
# transition from the saturated peak phase is not the steady state).
# SERVICE_JAVA_OPTS adds JVM options to the service, e.g. a flight recording:
#   SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/sign.jfr,settings=profile" bench/petitions/signing-bench.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

USERS=500 PETITIONS=120 CONCURRENCY=64 WARMUP=20 PEAK=20 STEADY=20 RAW=8 RAW_CONNECTIONS=2,8,32,64 STEADY_RATE=0 MAX_CONNECTIONS=256 SLICE=8 SETTLE=5 CLIENT_NICE=0 INSTALL_UPSTREAM=false
while [ $# -gt 0 ]; do
  case "$1" in
    --users) USERS=$2; shift 2 ;;
    --petitions) PETITIONS=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --peak-seconds) PEAK=$2; shift 2 ;;
    --steady-seconds) STEADY=$2; shift 2 ;;
    --raw-seconds) RAW=$2; shift 2 ;;
    --raw-connections) RAW_CONNECTIONS=$2; shift 2 ;;
    --warm-up-seconds) WARMUP=$2; shift 2 ;;
    --steady-rate) STEADY_RATE=$2; shift 2 ;;
    --max-connections) MAX_CONNECTIONS=$2; shift 2 ;;
    --client-nice) CLIENT_NICE=$2; shift 2 ;;
    --slice-seconds) SLICE=$2; shift 2 ;;
    --settle-seconds) SETTLE=$2; shift 2 ;;
    --install-upstream) INSTALL_UPSTREAM=true; shift ;;
    *) sed -n '2,42p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done

DB=dauys_petitions_bench
PORT=28081
LOG_DIR=$ROOT/.dauys/logs
mkdir -p "$LOG_DIR"
SERVICE_PID=""

cleanup() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  fi
  bash deploy/bin/keycloak.sh stop --name bench-keycloak >/dev/null 2>&1 || true
  bash deploy/bin/kafka.sh stop --name bench-kafka >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "[bench] machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "[bench] load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

for module in contract kernel platform test-support; do
  ls "$HOME"/.m2/repository/kz/dauys/dauys-$module/*/dauys-$module-*.jar >/dev/null 2>&1 || INSTALL_UPSTREAM=true
done
if [ "$INSTALL_UPSTREAM" = true ]; then
  ./mvnw -q -B install -pl src/contract,src/kernel,src/platform,src/test-support -DskipTests
fi
./mvnw -q -B package -pl src/petitions -DskipTests

bash deploy/bin/kafka.sh start --name bench-kafka --port 29092 --controller-port 29093 --fresh
bash deploy/bin/keycloak.sh start --name bench-keycloak --port 28180 --fresh

psql -h "${DAUYS_DB_HOST:-127.0.0.1}" -U "${DAUYS_DB_USER:-postgres}" -d postgres -qc "drop database if exists $DB" \
  -c "create database $DB" >/dev/null

# shellcheck source=deploy/bin/java-home.sh
source deploy/bin/java-home.sh
JAVA=$JAVA_HOME/bin/java
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://${DAUYS_DB_HOST:-127.0.0.1}:${DAUYS_DB_PORT:-5432}/$DB \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:29092 \
DAUYS_OIDC_URL=http://127.0.0.1:28180/realms/dauys \
DAUYS_PETITIONS_RATE_LIMIT_ADDRESS_PER_MINUTE=100000000 \
DAUYS_PETITIONS_RATE_LIMIT_ACCOUNT_PER_MINUTE=${DAUYS_PETITIONS_RATE_LIMIT_ACCOUNT_PER_MINUTE:-1000000} \
DAUYS_PETITIONS_RATE_LIMIT_PETITIONS_PER_DAY=100000 \
QUARKUS_LOG_LEVEL=WARN \
  "$JAVA" -Xmx1g ${SERVICE_JAVA_OPTS:-} -jar src/petitions/target/quarkus-app/quarkus-run.jar > "$LOG_DIR/bench-petitions.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -40 "$LOG_DIR/bench-petitions.log"; exit 1; }
  sleep 1
done
echo "[bench] service up (pid $SERVICE_PID, log $LOG_DIR/bench-petitions.log); client at nice $CLIENT_NICE"

nice -n "$CLIENT_NICE" ./mvnw -q -B -Pbench -pl src/petitions test-compile exec:java \
  -Dbench.service=http://127.0.0.1:$PORT -Dbench.keycloak=http://127.0.0.1:28180 -Dbench.kafka=127.0.0.1:29092 \
  -Dbench.jdbc=jdbc:postgresql://${DAUYS_DB_HOST:-127.0.0.1}:${DAUYS_DB_PORT:-5432}/$DB \
  -Dbench.users="$USERS" -Dbench.petitions="$PETITIONS" -Dbench.concurrency="$CONCURRENCY" \
  -Dbench.warm-up-seconds="$WARMUP" -Dbench.peak-seconds="$PEAK" -Dbench.steady-seconds="$STEADY" -Dbench.raw-seconds="$RAW" -Dbench.raw-connections="$RAW_CONNECTIONS" \
  -Dbench.steady-rate="$STEADY_RATE" -Dbench.max-connections="$MAX_CONNECTIONS" -Dbench.slice-seconds="$SLICE" -Dbench.settle-seconds="$SETTLE" -Dbench.service-pid="$SERVICE_PID" -Dbench.clock-ticks="$(getconf CLK_TCK)"
echo "[bench] batch sizes seen by the service:"
curl -fsS "http://127.0.0.1:$PORT/q/metrics" | grep -E '^dauys_signing_batch_(size|time_seconds)(_count|_sum|_max|\{.*quantile)' || true
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
