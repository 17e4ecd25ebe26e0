#!/usr/bin/env bash
# Startup benchmark (issue 13, "ready ≤ 3 s after start on the packaged JVM"): time from launch to
# /q/health/ready of the packaged API on a migrated database, RUNS times for each way of starting it,
# with the bare JVM (java -version of the same runtime) as the baseline of the same run:
#   1. JDK 17 (the build's target, the Dockerfile's runtime), plain;
#   2. JDK 17 with the AppCDS archive (quarkus.package.jar.appcds.enabled=true at package time);
#   3. JDK 25 (Temurin, beside JDK 17 here), plain;
#   4. JDK 25 with an AOT cache (JEP 483/515, Project Leyden) on the same fast-jar: one training run
#      that starts the API, answers a few requests (statistics, list, a worker) and stops,
#      -XX:AOTCacheOutput writing the cache at exit; then every run with -XX:AOTCache;
#   5. JDK 25 with the AOT cache of package-aot.sh on Quarkus's aot-jar packaging (every class on
#      the JVM's class path, so the cache holds them all) — the way docs/operations.md starts it.
# It prints a Markdown table for docs/benchmarks.md. Not a test.
#
#   backend/dev/bench-startup.sh [database]   (default xianan_bench; needs the packaged API, test Keycloak on 8181)
#   RUNS=5 JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 backend/dev/bench-startup.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"
DB="${1:-xianan_bench}"
RUNS="${RUNS:-5}"
KC_PORT="${BENCH_KC_PORT:-8181}"
API_PORT=8096
API="http://localhost:$API_PORT"
APP=backend/target/quarkus-app
JDK17="${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC"
AOTAPP=backend/target/aot-app
AOT="$XIANAN_CACHE/bench-app.aot"
LOG="$XIANAN_CACHE/bench-startup.log"
PID=
cleanup() { [[ -n "$PID" ]] && kill -- "-$PID" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

[[ -f $APP/quarkus-run.jar ]] || { echo "package the API first: (cd backend && ./mvnw package -DskipTests -Dquarkus.package.jar.appcds.enabled=true)" >&2; exit 2; }
[[ -x $JDK25/bin/java ]] || { echo "no JDK 25 at $JDK25 (JDK25=...)" >&2; exit 2; }
curl -fs "http://localhost:$KC_PORT/realms/xianan/.well-known/openid-configuration" >/dev/null \
  || KC_INSTANCE=test KC_PORT=$KC_PORT backend/keycloak/keycloak.sh start
psql -h 127.0.0.1 -U postgres -d "$DB" -Atqc "select 1 from flyway_schema_history limit 1" >/dev/null \
  || { echo "database $DB is not migrated (run bench-registry.sh first, or start the API on it once)" >&2; exit 2; }

launch() { # launch <java> <flags...>: starts the API in its own process group; sets PID
  local java=$1; shift
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" OIDC_URL="http://localhost:$KC_PORT/realms/xianan" HTTP_PORT=$API_PORT \
    MALLOC_ARENA_MAX=2 setsid "$java" "$@" $OPTS -jar "${JARFILE:-$APP/quarkus-run.jar}" >>"$LOG" 2>&1 &
  PID=$!
}
wait_ready() { for _ in $(seq 1 2400); do curl -fs "$API/q/health/ready" >/dev/null 2>&1 && return 0; sleep 0.025; done; return 1; }
stop() { kill -TERM "$PID" 2>/dev/null || true; while kill -0 "$PID" 2>/dev/null; do sleep 0.1; done; PID=; }
ready_s() { # ready_s <java> <flags...>: one start, launch to ready, in seconds
  local t0 t1; t0=$(date +%s.%N); launch "$@"; wait_ready; t1=$(date +%s.%N); stop
  echo "$t1 - $t0" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
series() { # series <java> <flags...>: RUNS starts; prints "median (min–max)"
  local f; f=$(mktemp); for _ in $(seq 1 "$RUNS"); do ready_s "$@" >>"$f"; done
  printf '%s (%s–%s)' "$(median <"$f")" "$(sort -n "$f" | head -1 | xargs printf '%.2f')" "$(sort -n "$f" | tail -1 | xargs printf '%.2f')"
  rm -f "$f"
}
bare() { # bare <java>: the JVM alone (java -version), median of RUNS
  local f; f=$(mktemp)
  for _ in $(seq 1 "$RUNS"); do local t0; t0=$(date +%s.%N); "$1" -version >/dev/null 2>&1; echo "$(date +%s.%N) - $t0" | bc >>"$f"; done
  median <"$f"; rm -f "$f"
}
: >"$LOG"
LOAD_START="$(uptime | sed 's/.*load average: //')"

echo "== training run of the AOT cache (JDK 25)" >&2
rm -f "$AOT"
launch "$JDK25/bin/java" -XX:AOTCacheOutput="$AOT"
wait_ready
TOKEN=$(curl -fs -d grant_type=password -d client_id=api-tests -d username=federation-staff -d password=demo \
  "http://localhost:$KC_PORT/realms/xianan/protocol/openid-connect/token" | jq -r .access_token)
for path in me statistics/workforce "workers?size=20" "workers?size=20&sort=name" enterprises tasks; do
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/api/v1/$path" || true
done
stop # the JVM writes the cache as it exits
[[ -s $AOT ]] || { echo "no AOT cache written (see $LOG)" >&2; exit 1; }

echo "== $RUNS starts each" >&2
B17=$(bare "$JDK17/bin/java"); B25=$(bare "$JDK25/bin/java")
R17=$(series "$JDK17/bin/java")
R17CDS="(no archive)"; [[ -f $APP/app-cds.jsa ]] && R17CDS=$(series "$JDK17/bin/java" -XX:SharedArchiveFile="$APP/app-cds.jsa")
R25=$(series "$JDK25/bin/java")
R25AOT=$(series "$JDK25/bin/java" -XX:AOTCache="$AOT")
SKIP_PACKAGE= backend/dev/package-aot.sh "$DB" >&2
R25AOTJAR=$(JARFILE=$AOTAPP/quarkus-run.jar series "$JDK25/bin/java" -XX:AOTCache="$AOTAPP/app.aot")
LOAD_END="$(uptime | sed 's/.*load average: //')"
V17=$("$JDK17/bin/java" -version 2>&1 | head -1); V25=$("$JDK25/bin/java" -version 2>&1 | head -1)

cat <<MD

### Startup — $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), database $DB ($(psql -h 127.0.0.1 -U postgres -d "$DB" -Atqc "select count(*) from worker") workers)

Launch to \`/q/health/ready\` of \`MALLOC_ARENA_MAX=2 java $OPTS -jar quarkus-run.jar\`, median (min–max) of $RUNS starts each, the
database migrated, Keycloak up. Load average at start: $LOAD_START; at end: $LOAD_END. AOT cache: $(du -m "$AOT" | cut -f1) MB.

| how the API starts | ready after start | baseline: the bare JVM (\`java -version\`) | target | met? |
| --- | --- | --- | --- | --- |
| $V17, plain | $R17 s | $B17 s | ≤ 3 s | $([[ $(echo "${R17%% *} <= 3" | bc) == 1 ]] && echo yes || echo no) |
| $V17, AppCDS archive | $R17CDS s | $B17 s | ≤ 3 s | $([[ $(echo "${R17CDS%% *} <= 3" | bc 2>/dev/null) == 1 ]] && echo yes || echo no) |
| $V25, plain | $R25 s | $B25 s | ≤ 3 s | $([[ $(echo "${R25%% *} <= 3" | bc) == 1 ]] && echo yes || echo no) |
| $V25, AOT cache (\`-XX:AOTCache\`), fast-jar | $R25AOT s | $B25 s | ≤ 3 s | $([[ $(echo "${R25AOT%% *} <= 3" | bc) == 1 ]] && echo yes || echo no) |
| $V25, AOT cache, aot-jar (\`package-aot.sh\`, $(du -m "$AOTAPP/app.aot" | cut -f1) MB) | $R25AOTJAR s | $B25 s | ≤ 3 s | $([[ $(echo "${R25AOTJAR%% *} <= 3" | bc) == 1 ]] && echo yes || echo no) |
MD
