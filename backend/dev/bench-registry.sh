#!/usr/bin/env bash
# Registry benchmark (issue 3): with N generated workers (default 1,000,000) in database
# xianan_bench, measure
#   1. GET /api/v1/statistics/workforce p50/p95 (sequential) beside the same aggregate SQL in psql;
#   2. GET /api/v1/workers (page of 20, two filters, authenticated) p50/p99 at 16 concurrent clients (wrk);
#   3. worker import rows/s (100,000-row CSV, real run) beside PostgreSQL COPY of the same rows.
# It prints a Markdown block for docs/benchmarks.md. Not a test: numbers on a shared 2-core
# machine are noisy, so each figure is paired with a baseline from the same run.
#
#   backend/dev/bench-registry.sh [workers]        (needs: packaged API, test Keycloak on 8181)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
WORKERS="${1:-1000000}"
DB=xianan_bench
KC_PORT="${BENCH_KC_PORT:-8181}"
API_PORT=8095
API="http://localhost:$API_PORT"
PSQL=(psql -h 127.0.0.1 -U "${DB_USER:-postgres}" -d "$DB" -Atq)
JAR=backend/target/quarkus-app/quarkus-run.jar
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && kill -- "-$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { [[ $(id -u) == 0 ]] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[[ -f $JAR ]] || (cd backend && ./mvnw -B -ntp -q package -DskipTests)
curl -fs "http://localhost:$KC_PORT/realms/xianan/.well-known/openid-configuration" >/dev/null \
  || KC_INSTANCE=test KC_PORT=$KC_PORT backend/keycloak/keycloak.sh start

pct() { # pct <percentile 0-100> < numbers (one per line)
  sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((p/100)*NR+0.999999); if(i<1)i=1; if(i>NR)i=NR; printf "%.1f", a[i]}'
}

# BENCH_REUSE=1 keeps a database of an earlier run that holds at least N workers (saves the ~3 min
# of generation when only the API changed); otherwise the database is made anew.
HAVE=$("${PSQL[@]}" -c "select count(*) from worker" 2>/dev/null || echo 0)
REUSE=0
if [[ "${BENCH_REUSE:-0}" == 1 && "$HAVE" -ge "$WORKERS" ]]; then REUSE=1; fi
echo "== database $DB with $WORKERS generated workers (reuse: $REUSE)"
[[ $REUSE == 1 ]] || backend/dev/postgres.sh drop-create "$DB" >/dev/null
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" OIDC_URL="http://localhost:$KC_PORT/realms/xianan" HTTP_PORT=$API_PORT \
  setsid java -Xmx1g -jar "$JAR" >"$XIANAN_CACHE/bench-api.log" 2>&1 &
PIDS+=($!)
for i in $(seq 1 120); do curl -fs "$API/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
GEN_START=$(date +%s.%N)
if [[ $REUSE == 0 ]]; then
  backend/dev/demo-data.sh --workers "$WORKERS" --db "jdbc:postgresql://127.0.0.1:5432/$DB" 2>/dev/null
  GEN_S=$(echo "$(date +%s.%N) - $GEN_START" | bc)
else
  GEN_S="(reused from an earlier run)"
fi
"${PSQL[@]}" -c "vacuum analyze" >/dev/null
echo "generated in ${GEN_S}s: $("${PSQL[@]}" -c 'select count(*) from worker') workers"

token() {
  curl -fs -d grant_type=password -d client_id=api-tests -d username="$1" -d password=demo \
    "http://localhost:$KC_PORT/realms/xianan/protocol/openid-connect/token" | jq -r .access_token
}

echo "== 1. statistics"
TOKEN=$(token federation-staff)
for i in 1 2 3; do curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/api/v1/statistics/workforce"; done
: >/tmp/bench-stats-api.txt; : >/tmp/bench-stats-sql.txt
for i in $(seq 1 20); do
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API/api/v1/statistics/workforce" \
    | awk '{printf "%.1f\n", $1*1000}' >>/tmp/bench-stats-api.txt
done
SQL_FILE=backend/src/main/resources/sql/workforce-statistics.sql
for i in $(seq 1 20); do
  { echo '\timing on'; python3 backend/dev/sql-with-params.py "$SQL_FILE"; } | "${PSQL[@]}" 2>&1 \
    | grep -Eo 'Time: [0-9.]+' | awk '{s+=$2} END {printf "%.1f\n", s}' >>/tmp/bench-stats-sql.txt
done
# cold: a registry write before each request (simulated by raising the generation), so every
# answer is computed by the aggregate SQL rather than served from the cache
: >/tmp/bench-stats-cold.txt
for i in $(seq 1 10); do
  "${PSQL[@]}" -c "update registry_generation set n = n + 1" >/dev/null
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API/api/v1/statistics/workforce" \
    | awk '{printf "%.1f\n", $1*1000}' >>/tmp/bench-stats-cold.txt
done
S50=$(pct 50 </tmp/bench-stats-api.txt); S95=$(pct 95 </tmp/bench-stats-api.txt)
C50=$(pct 50 </tmp/bench-stats-cold.txt); C95=$(pct 95 </tmp/bench-stats-cold.txt)
Q50=$(pct 50 </tmp/bench-stats-sql.txt); Q95=$(pct 95 </tmp/bench-stats-sql.txt)

echo "== 2. worker list at 16 concurrent clients"
TOKEN=$(token federation-staff)
wrk -t2 -c16 -d20s --latency -H "Authorization: Bearer $TOKEN" \
  "$API/api/v1/workers?size=20&industry=electromechanical&skillLevel=NONE" >/tmp/bench-list.txt
L50=$(awk '/^ +50%/ {print $2}' /tmp/bench-list.txt); L99=$(awk '/^ +99%/ {print $2}' /tmp/bench-list.txt)
RPS=$(awk '/Requests\/sec/ {print $2}' /tmp/bench-list.txt)
# baseline: any authenticated request (token check, one small query) at the same concurrency
wrk -t2 -c16 -d20s --latency -H "Authorization: Bearer $TOKEN" "$API/api/v1/me" >/tmp/bench-me.txt
M50=$(awk '/^ +50%/ {print $2}' /tmp/bench-me.txt); M99=$(awk '/^ +99%/ {print $2}' /tmp/bench-me.txt)
MRPS=$(awk '/Requests\/sec/ {print $2}' /tmp/bench-me.txt)

echo "== 3. import 100,000 rows vs COPY"
if [[ -x backend/dev/bench-import.sh ]]; then
  IMPORT_RESULT=$(backend/dev/bench-import.sh "$API" "$(token federation-staff)" 100000 "$DB")
else
  IMPORT_RESULT="| import, 100,000-row CSV | not measured: the import endpoint is not built yet | PostgreSQL COPY | — | ≥ 10,000 rows/s |"
fi

cat <<MD

### Registry benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)

$WORKERS generated workers (generation ${GEN_S}s).

| measure | result | baseline (same run) | ratio | target |
| --- | --- | --- | --- | --- |
| statistics p50 / p95, registry unchanged (20 sequential requests, cached per generation) | ${S50} / ${S95} ms | same SQL in psql: ${Q50} / ${Q95} ms | p95 $(echo "scale=2; $S95/$Q95" | bc)× | p95 ≤ 500 ms, ≤ 2× SQL |
| statistics p50 / p95, a registry write before each request (10, computed) | ${C50} / ${C95} ms | same SQL in psql: ${Q50} / ${Q95} ms | p95 $(echo "scale=2; $C95/$Q95" | bc)× | p95 ≤ 500 ms, ≤ 2× SQL |
| worker list, page of 20, 2 filters, 16 clients, 20 s | p50 ${L50}, p99 ${L99} (${RPS} req/s) | GET /api/v1/me, same clients: p50 ${M50}, p99 ${M99} (${MRPS} req/s) | — | p99 ≤ 50 ms |
$IMPORT_RESULT
MD
