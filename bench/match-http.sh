#!/usr/bin/env bash
# Matching benchmark through the whole application: POST /api/v1/matches over HTTP and the Matching façade in
# process, on an H2 database of SERVICES generated services in one territory (default 100000; generated once
# into $TMPDIR/relais-bench-match/N-SEED, about 3 minutes). See bench/MATCHING.md.
# Usage: bench/match-http.sh [SERVICES] [--data=DIR] [--iterations=N] [--warmup=N] [--seed=S]
# Environment: JAVA_OPTS (default -Xmx2g), BENCH_SKIP_BUILD=1 to skip the build, TMPDIR (where data folders go).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/bench/build.sh"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xmx2g} -cp "$ROOT/target/bench/classes:$ROOT/target/classes:$(cat "$ROOT/target/bench/classpath.txt")" \
	org.relais.bench.MatchHttpBench "$@"
