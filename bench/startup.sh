#!/usr/bin/env bash
# Start-up, memory and page-weight figures of a built Relais jar, with demo data on a fresh data folder.
# Usage (from the repository root, after ./mvnw -DskipTests package):
#   bench/startup.sh [path/to/relais.jar]
# Environment: WARMUP (requests per page in the warm-up, default 50), START_TIMEOUT (seconds, default 120),
#              JAVA_OPTS (extra JVM options, e.g. -Xmx256m). Needs java and curl. Builds nothing.
# Exit status: 0 when every target is met (start <= 10 s, RSS <= 600 MB, each page <= 150 kB), 1 otherwise.
set -euo pipefail

# The jar: the argument (relative to where you are), else target/relais.jar of this repository.
if [ $# -gt 0 ]; then JAR=$1; else JAR=$(dirname "$0")/../target/relais.jar; fi
WARMUP=${WARMUP:-50}
START_TIMEOUT=${START_TIMEOUT:-120}
START_TARGET_S=10
RSS_TARGET_MB=600
PAGE_TARGET_BYTES=150000
PAGES=(/ /login)

if [ ! -f "$JAR" ]; then
	echo "no jar at $JAR: build it first with  ./mvnw -DskipTests package" >&2
	exit 2
fi
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

# A free port on 127.0.0.1: a random one that nothing answers on (bounded attempts).
PORT=
for _ in $(seq 1 50); do
	p=$((20000 + RANDOM % 40000))
	if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
done
[ -n "$PORT" ] || { echo "no free port found" >&2; exit 2; }

DATA=$(mktemp -d "${TMPDIR:-/tmp}/relais-bench.XXXXXX")
BASE=http://127.0.0.1:$PORT
LOG=$DATA/server.log
PID=

stop_server() {
	[ -n "$PID" ] || return 0
	if kill -0 "$PID" 2>/dev/null; then
		kill -TERM "$PID" 2>/dev/null || true
		for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
		kill -0 "$PID" 2>/dev/null && kill -KILL "$PID" 2>/dev/null || true
	fi
	wait "$PID" 2>/dev/null || true
	PID=
}
cleanup() { stop_server; rm -rf "$DATA"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
rss_mb() { ps -o rss= -p "$PID" | awk '{ printf "%d", $1 / 1024 }'; }
# CPU seconds (user + system) the server has used: less sensitive than wall time to other work on the machine.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$PID/stat"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "starting $JAR on $BASE (data: $DATA, demo data on; load average $load_before)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
RELAIS_DEMO=true RELAIS_DATA_DIR=$DATA SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 RELAIS_BASE_URL=$BASE \
	java ${JAVA_OPTS:-} -jar "$JAR" >"$LOG" 2>&1 </dev/null &
PID=$!
t0=$(now)
up=no
deadline=$((SECONDS + START_TIMEOUT))
while [ $SECONDS -lt $deadline ]; do
	if curl -sf --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then up=yes; break; fi
	kill -0 "$PID" 2>/dev/null || break
	sleep 0.2
done
t_up=$(now)
if [ $up != yes ]; then
	echo "Relais did not report UP within ${START_TIMEOUT}s; last lines of the log:" >&2
	tail -n 40 "$LOG" >&2
	exit 1
fi
start_s=$(secs "$t0" "$t_up")
started=$(grep -o 'Started RelaisApplication in [0-9.]* seconds' "$LOG" | grep -o '[0-9.]*' | head -n 1 || true)
rss_start=$(rss_mb)
cpu_start=$(cpu_s)

# Warm-up: WARMUP requests to each page; mean time per request.
warm_total=0
for page in "${PAGES[@]}"; do
	for _ in $(seq 1 "$WARMUP"); do
		t=$(curl -s -o /dev/null --max-time 10 -w '%{time_total}' "$BASE$page" || true)
		warm_total=$(awk -v a="$warm_total" -v b="$t" 'BEGIN { print a + b }')
	done
done
warm_ms=$(awk -v t="$warm_total" -v n=$((WARMUP * ${#PAGES[@]})) 'BEGIN { printf "%.1f", t * 1000 / n }')
rss_warm=$(rss_mb)

# Page weight: the HTML plus the style sheets and scripts it links (as served, uncompressed).
# Absolute URLs to other hosts are listed but not fetched (Relais serves its own assets).
resolve() { # $1 page path, $2 href
	case "$2" in
	http://127.0.0.1:"$PORT"/* | http://localhost:"$PORT"/*) echo "$2" ;;
	http://* | https://* | //*) echo "" ;;
	/*) echo "$BASE$2" ;;
	*) echo "$BASE${1%/*}/$2" ;;
	esac
}
bytes_of() { curl -s -o /dev/null --max-time 10 -w '%{size_download}' "$1" || true; }
declare -A page_bytes page_detail page_status
for page in "${PAGES[@]}"; do
	html=$(curl -s --max-time 10 "$BASE$page" || true)
	page_status[$page]=$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$BASE$page" || true)
	total=$(bytes_of "$BASE$page")
	detail="html $total"
	assets=$( {
		grep -oiE '<link[^>]*>' <<<"$html" | grep -iE 'rel="?stylesheet' | grep -oiE 'href="[^"]*"' | cut -d'"' -f2 || true
		grep -oiE '<script[^>]*src="[^"]*"' <<<"$html" | grep -oiE 'src="[^"]*"' | cut -d'"' -f2 || true
	} | sort -u)
	while IFS= read -r href; do
		[ -n "$href" ] || continue
		href=${href//&amp;/&}
		url=$(resolve "$page" "$href")
		if [ -z "$url" ]; then
			detail="$detail, external ${href} (not counted)"
			continue
		fi
		b=$(bytes_of "$url")
		total=$((total + b))
		detail="$detail, ${href##*/} $b"
	done <<<"$assets"
	page_bytes[$page]=$total
	page_detail[$page]=$detail
done

stop_server

# The table.
failures=0
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
row() { # figure, value, unit, target (or empty)
	local verdict=
	if [ -n "${4:-}" ]; then
		if le "$2" "$4"; then verdict=ok; else verdict=MISSED; failures=$((failures + 1)); fi
	fi
	printf '%-40s %10s %-3s %10s  %s\n' "$1" "$2" "$3" "${4:+<= $4 $3}" "$verdict"
}
printf '\n%-40s %14s %13s  %s\n' figure value target verdict
row "start until /actuator/health is UP" "$start_s" s $START_TARGET_S
row "log: Started RelaisApplication in" "${started:-?}" s
row "CPU time used until UP (user + sys)" "$cpu_start" s
row "RSS after start" "$rss_start" MB $RSS_TARGET_MB
row "RSS after warm-up (${WARMUP} x ${PAGES[*]})" "$rss_warm" MB $RSS_TARGET_MB
row "warm-up: mean time per request" "$warm_ms" ms
for page in "${PAGES[@]}"; do
	row "page $page (HTML + linked CSS and JS)" "$(awk -v b="${page_bytes[$page]}" 'BEGIN { printf "%.1f", b / 1000 }')" kB \
		$((PAGE_TARGET_BYTES / 1000))
	printf '    bytes: %s\n' "${page_detail[$page]}"
	if [ "${page_status[$page]}" != 200 ]; then
		printf '    MISSED: %s answered HTTP %s, not 200\n' "$page" "${page_status[$page]}"
		failures=$((failures + 1))
	fi
done
echo
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ $failures = 0 ]; then
	echo "bench: every target met"
else
	echo "bench: $failures target(s) missed"
	exit 1
fi
