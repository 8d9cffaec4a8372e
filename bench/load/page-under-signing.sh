#!/usr/bin/env bash
# Petition page and list throughput while signing runs (docs/benchmarks.md, "Petition page and list
# under signing load").
#
#   bench/load/page-under-signing.sh [--steady-seconds S] [--wrk-seconds S] [--pace-ms MS] [signing-bench options]
#
# Runs the petitions engineer's signing benchmark (bench/petitions/signing-bench.sh: its own broker,
# Keycloak, database and service on 127.0.0.1:28081; a peak phase, then an open loop at 80% of the
# peak) with a longer steady phase, and while that steady phase runs, drives wrk from this second
# process on loopback against the same service:
#   1. latency: the petition page GET /api/petitions/{id} (the most-signed petition), one connection
#      sending a request every --pace-ms (default 5) milliseconds: a steady stream of readers, the p99
#      asked for at 80% of the signing peak;
#   2. the same paced stream against /robots.txt, a static file served by the same process (the
#      ceiling for latency: what any answer of this stack costs while signing runs);
#   3. throughput: the petition page with 8 connections as fast as they go,
#   4. the public list GET /api/petitions with 8 connections,
#   5. the static file with 8 connections (the ceiling for throughput).
# The throughput runs take all the CPU they can, so signing falls below 80% of its peak while they
# run; the latency runs come first for that reason. The signing benchmark reports its open loop in
# slices of --wrk-seconds, so each wrk run can be matched with the signing rate and latency beside it.
# wrk (Debian package wrk) is installed when missing.
# Loopback only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

STEADY=100 WRK=15 PACE=5 SETTLE=5 PASS=(--users 600 --petitions 120)
while [ $# -gt 0 ]; do
  case "$1" in
    --steady-seconds) STEADY=$2; shift 2 ;;
    --wrk-seconds) WRK=$2; shift 2 ;;
    --pace-ms) PACE=$2; shift 2 ;;
    --settle-seconds) SETTLE=$2; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) PASS+=("$1" "$2"); shift 2 ;;
  esac
done
if ! command -v wrk >/dev/null; then
  echo "[page] installing wrk (Debian package)"
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q wrk >/dev/null 2>&1; } \
    || { echo "wrk is not installed and could not be installed (apt-get install -y wrk)" >&2; exit 2; }
fi
[ $((5 * WRK + 10)) -le "$STEADY" ] || { echo "--steady-seconds must be at least 5 x --wrk-seconds + 10" >&2; exit 2; }

# The service's per-account signing limit (30 a minute by default) would answer 429 to the bench's
# signers, who sign many petitions each; the signing bench script passes our environment through.
export DAUYS_PETITIONS_RATE_LIMIT_ACCOUNT_PER_MINUTE=1000000
URL=http://127.0.0.1:28081
LOG=$ROOT/.dauys/logs/page-under-signing.log
mkdir -p "$(dirname "$LOG")"
bash bench/petitions/signing-bench.sh --steady-seconds "$STEADY" --slice-seconds "$WRK" --settle-seconds "$SETTLE" "${PASS[@]}" >"$LOG" 2>&1 &
BENCH=$!
trap 'kill $BENCH 2>/dev/null || true' INT TERM

echo "[page] signing benchmark running (pid $BENCH, log $LOG); waiting for its steady phase"
until grep -q "PEAK" "$LOG"; do
  kill -0 "$BENCH" 2>/dev/null || { echo "[page] the signing benchmark ended early:"; tail -40 "$LOG"; exit 1; }
  sleep 1
done
grep "PEAK" "$LOG" | sed 's/^/[page] /'
sleep "$SETTLE" # the open loop's settling seconds before its measured steady phase
ID=$(psql -h "${DAUYS_DB_HOST:-127.0.0.1}" -U "${DAUYS_DB_USER:-postgres}" -d dauys_petitions_bench -Atc \
  "select p.id from petition p join petition_tally t on t.petition_id = p.id order by t.total desc limit 1")
echo "[page] petition page /api/petitions/$ID; wrk runs of $WRK s each during the steady phase (80% of the signing peak)"
echo "[page] load average: $(cut -d' ' -f1-3 /proc/loadavg)"

run() {
  local label=$1 connections=$2 path=$3 script=${4:-}
  echo "[page] --- $label: wrk -t1 -c$connections -d${WRK}s --latency ${script:+-s $script }$URL$path"
  PACE_MS=$PACE wrk -t1 -c"$connections" -d"${WRK}s" --timeout 10s --latency ${script:+-s "$script"} "$URL$path" \
    | grep -E "Latency|50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors" | sed 's/^/[page]     /'
}
PACED=$ROOT/bench/load/paced.lua
run "petition page, 1 connection, a request every $PACE ms" 1 "/api/petitions/$ID" "$PACED"
run "ceiling: static file, 1 connection, a request every $PACE ms" 1 "/robots.txt" "$PACED"
run "petition page, 8 connections" 8 "/api/petitions/$ID"
run "petition list, 8 connections" 8 "/api/petitions"
run "ceiling: static file, 8 connections" 8 "/robots.txt"
echo "[page] load average: $(cut -d' ' -f1-3 /proc/loadavg)"

wait "$BENCH" || { echo "[page] the signing benchmark failed:"; tail -40 "$LOG"; exit 1; }
echo "[page] signing benchmark figures (its steady phase overlapped the wrk runs):"
grep -E "machine|settings|warm-up|PEAK|STEADY|RAW|RESULT|CPU|MISMATCH|lost|verified|load average" "$LOG" | sed 's/^/[page]   /'
