#!/usr/bin/env bash
# Search benchmark: p50/p95/p99 of a typical professional search through Relais, next to the same query on plain
# Lucene, on a generated directory of SERVICES services (default 100000). See bench/README.md.
# Usage: bench/search.sh [SERVICES] [--iterations=N] [--warmup=N] [--seed=S] [--data=DIR] [--reindex] [--profile-floor]
# Environment: JAVA_OPTS (default -Xmx2g), BENCH_SKIP_BUILD=1 to skip the build, TMPDIR (where data folders go).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/bench/build.sh"
SERVICES=${1:-100000}
[ $# -gt 0 ] && shift
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xmx2g} -cp "$ROOT/target/bench/classes:$ROOT/target/classes:$(cat "$ROOT/target/bench/classpath.txt")" \
	org.relais.bench.SearchBench "$SERVICES" "$@"
