#!/usr/bin/env bash
# Event latency from a committed change to its consumer's effect (docs/benchmarks.md, "Event latency"):
# petitions submitted over HTTP -> moderation cases opened by the moderation service, from the outbox
# row's occurred_at to the case's created_at. Private broker (39092) and Keycloak (38180), both jars.
#
#   bench/resilience/event-latency.sh [EVENTS [RATE]]   (default 300 events as one burst from 4 clients;
#                                                       RATE > 0: an open loop of RATE submissions a second)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
./mvnw -q -B install -pl src/contract,src/kernel,src/platform,src/test-support -DskipTests
./mvnw -q -B package -pl src/petitions,src/moderation -DskipTests
./mvnw -B verify -pl src/resilience-tests -Pbench -Dtest=EventLatencyBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="${1:-300}" -Dbench.rate="${2:-0}" | grep -E "^\[event latency\]|Tests run:|BUILD|ERROR"
