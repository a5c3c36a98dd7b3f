#!/usr/bin/env bash
# Import bench: N generated HSDS 3.0 services imported through the command line of a built jar, twice (the second
# import must change nothing), on a fresh H2 data folder with the demo territories.
# Usage (from the repository root, after ./mvnw -DskipTests package):
#   bench/import.sh [N] [--seed=S] [--territory=SLUG] [--jar=PATH]
# N defaults to 100000. The HSDS file is generated once by bench/generate-hsds.sh and kept under
# ${TMPDIR:-/tmp}/relais-bench-import/. Environment: JAVA_OPTS (extra JVM options of the import); RELAIS_DB_URL,
# RELAIS_DB_USER, RELAIS_DB_PASSWORD to import into an empty PostgreSQL database instead of H2.
# Exit status: 0 when the first import takes at most 60 s and the second changes nothing, 1 otherwise, 2 when it
# cannot run. See bench/IMPORT.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=100000
SEED=20261123
TERRITORY=metropole-de-lyon
JAR=$ROOT/target/relais.jar
TARGET_S=60
for arg in "$@"; do
	case $arg in
	--seed=*) SEED=${arg#--seed=} ;;
	--territory=*) TERRITORY=${arg#--territory=} ;;
	--jar=*) JAR=${arg#--jar=} ;;
	[0-9]*) N=${arg//_/} ;;
	*) echo "usage: bench/import.sh [N] [--seed=S] [--territory=SLUG] [--jar=PATH]" >&2; exit 2 ;;
	esac
done
if [ ! -f "$JAR" ]; then
	echo "no jar at $JAR: build it first with  ./mvnw -DskipTests package" >&2
	exit 2
fi

FILES=${TMPDIR:-/tmp}/relais-bench-import
FILE=$FILES/hsds-$N-$SEED.json
mkdir -p "$FILES"
if [ ! -s "$FILE" ]; then
	echo "generating $FILE"
	"$ROOT/bench/generate-hsds.sh" "$N" "$FILE.part" "--seed=$SEED"
	mv "$FILE.part" "$FILE"
fi

DATA=$(mktemp -d "${TMPDIR:-/tmp}/relais-bench-import-data.XXXXXX")
trap 'rm -rf "$DATA"' EXIT

# One run of the command: prints "wall_s import_ms max_rss_mb summary" from its log and /usr/bin/time.
run_import() {
	local log=$DATA/import-$1.log
	local rc=0
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	RELAIS_DATA_DIR=$DATA/data RELAIS_DEMO=true /usr/bin/time -f 'TIME %e %M' -o "$DATA/time-$1" \
		java ${JAVA_OPTS:-} -jar "$JAR" import-directory --format=hsds "--territory=$TERRITORY" "$FILE" \
		>"$log" 2>&1 || rc=$?
	local line
	line=$(grep -m1 -o 'Directory import into .*' "$log" || true)
	if [ -z "$line" ]; then
		echo "the import printed no summary (exit $rc); last lines of its log:" >&2
		tail -n 30 "$log" >&2
		exit 1
	fi
	local ms wall rss
	ms=$(echo "$line" | grep -o 'in [0-9]* ms' | grep -o '[0-9]*')
	read -r _ wall rss <"$DATA/time-$1"
	echo "$wall $ms $((rss / 1024)) ${line#*: }"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "${RELAIS_DB_URL:-}" ]; then DB="$RELAIS_DB_URL (it must be empty)"; else DB="a fresh H2 database"; fi
echo "importing $FILE ($(du -h "$FILE" | cut -f1)) into $TERRITORY of $DB (load average $load_before)"
read -r wall1 ms1 rss1 summary1 <<<"$(run_import first)"
read -r wall2 ms2 rss2 summary2 <<<"$(run_import again)"

verdict() { if [ "$1" = 1 ]; then echo ok; else echo MISSED; fi; }
first_ok=$(awk -v ms="$ms1" -v t="$TARGET_S" 'BEGIN { print (ms / 1000 <= t) ? 1 : 0 }')
again_ok=$(echo "$summary2" | grep -q '^0 created, 0 updated' && echo 1 || echo 0)
echo
printf '%-46s %12s %12s  %s\n' figure value target verdict
printf '%-46s %10.1f s %12s  %s\n' "first import of $N services (pipeline)" "$(awk -v m="$ms1" 'BEGIN { print m / 1000 }')" "<= $TARGET_S s" "$(verdict "$first_ok")"
printf '    %s\n' "$summary1"
printf '%-46s %10.1f s\n' "  whole command (JVM start, demo data, index)" "$wall1"
printf '%-46s %9d MB\n' "  peak resident memory" "$rss1"
printf '%-46s %10.1f s %12s  %s\n' "same file again (pipeline)" "$(awk -v m="$ms2" 'BEGIN { print m / 1000 }')" "no change" "$(verdict "$again_ok")"
printf '    %s\n' "$summary2"
printf '%-46s %10.1f s\n' "  whole command" "$wall2"
printf '%-46s %9d MB\n' "  peak resident memory" "$rss2"
echo
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$first_ok" = 1 ] && [ "$again_ok" = 1 ]
