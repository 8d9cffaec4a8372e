#!/usr/bin/env bash
# Start-up time and RSS of every service jar (docs/benchmarks.md, "Service start-up and memory"):
# prod profile, -Xmx384m, fresh scratch database, private broker and Keycloak, one service at a time.
#
#   bench/resilience/startup-memory.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
./mvnw -q -B install -pl src/contract,src/kernel,src/platform,src/test-support -DskipTests
./mvnw -q -B package -pl src/petitions,src/budget,src/assembly,src/moderation,src/ombudsman -DskipTests
./mvnw -B verify -pl src/resilience-tests -Pbench -Dtest=StartupMemoryBench -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "^\[startup\]|^\||Tests run:|BUILD|ERROR"
