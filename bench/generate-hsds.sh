#!/usr/bin/env bash
# Writes an HSDS 3.0 JSON file of N generated services (a JSON array of service objects with nested organization
# and service_at_locations), to feed an import benchmark. See bench/README.md.
# Usage: bench/generate-hsds.sh N FILE [--seed=S]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -lt 2 ]; then echo "usage: bench/generate-hsds.sh N FILE [--seed=S]" >&2; exit 2; fi
"$ROOT/bench/build.sh"
exec java ${JAVA_OPTS:-} -cp "$ROOT/target/bench/classes:$ROOT/target/classes:$(cat "$ROOT/target/bench/classpath.txt")" \
	org.relais.bench.GenerateHsds "$@"
