#!/usr/bin/env bash
# Matching benchmark: p50/p95/p99 of a typical match (2 needs, a profile with 2 publics, 20 km) over the
# eligibility records of a territory of SERVICES generated services (default 100000). See bench/MATCHING.md.
# Usage: bench/match.sh [SERVICES] [--iterations=N] [--warmup=N] [--seed=S]
# Environment: JAVA_OPTS (default -Xmx2g), BENCH_SKIP_BUILD=1 to skip the build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/bench/build.sh"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xmx2g} -cp "$ROOT/target/bench/classes:$ROOT/target/classes:$(cat "$ROOT/target/bench/classpath.txt")" \
	org.relais.bench.MatchBench "$@"
