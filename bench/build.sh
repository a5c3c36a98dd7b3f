#!/usr/bin/env bash
# Builds what the benchmarks need: the application's classes (Maven, offline), its runtime class path, and the
# benchmark sources of bench/src compiled next to them into target/bench/classes. Nothing of this goes into the
# application's jar or into `./mvnw verify`. Set BENCH_SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/target/bench
if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$OUT/classpath.txt" ] && [ -d "$OUT/classes" ]; then exit 0; fi
mkdir -p "$OUT"
(cd "$ROOT" && ./mvnw -o -q -B -DskipTests compile dependency:build-classpath \
	-Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime >&2)
rm -rf "$OUT/classes"
mkdir -p "$OUT/classes"
find "$ROOT/bench/src" -name '*.java' >"$OUT/sources.txt"
javac -nowarn -encoding UTF-8 --release 17 -d "$OUT/classes" -cp "$ROOT/target/classes:$(cat "$OUT/classpath.txt")" @"$OUT/sources.txt"
