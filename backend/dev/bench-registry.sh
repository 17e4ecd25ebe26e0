#!/usr/bin/env bash
# Registry benchmark (issues 3 and 13): with N generated workers (default 1,000,000) in database
# xianan_bench, measure every figure of issue 13's target table, each beside a baseline from the
# same run (pgbench or psql running the same SQL, COPY, GET /api/v1/me):
#   1. statistics: cached, and computed after a real write (a worker's wage changed) — p50/p95;
#   2. worker list at 16 clients (wrk): no filter, industry + skill level, name search q, sort by
#      name — p50/p99 and req/s beside pgbench running the same statements at 16 clients; API RSS;
#      totals (exact where the dashboard counts) and keyset page 50,000 (cursor) beside psql;
#   3. 16 clients updating different workers (PUT) beside pgbench doing the same updates;
#   4. import creating, updating and moving everyone to another enterprise (100,000 rows;
#      1,000,000 at 10M) beside COPY;
#   5. CSV export of every worker (rows/s, RSS before/during/after) beside psql COPY TO;
#   6. time to ready of the packaged JVM (restart on the migrated database);
#   7. /me and the filtered list with the verified-token cache on and off (restarted without it);
#   8. the month-end snapshot job's back-fill on a new deployment (BENCH_SNAPSHOTS, default below 5M).
# It prints a Markdown block for docs/benchmarks.md with the machine load (uptime). Not a test.
#
#   backend/dev/bench-registry.sh [workers]        (needs: packaged API, test Keycloak on 8181)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
WORKERS="${1:-1000000}"
DB="${BENCH_DB:-xianan_bench}"   # BENCH_DB=xianan_bench10m keeps a 10M database beside the 1M one
KC_PORT="${BENCH_KC_PORT:-8181}"
API_PORT=8095
API="http://localhost:$API_PORT"
PSQL=(psql -h 127.0.0.1 -U "${DB_USER:-postgres}" -d "$DB" -Atq)
# How the API runs (BENCH_RUNTIME): "aot" (default) — JDK 25 with the AOT cache of package-aot.sh
# (aot-jar packaging, trained on this database), the fastest start and the smallest footprint
# measured (docs/benchmarks.md); "jdk17" — the fast-jar on JDK 17 (the build's target) with its
# AppCDS archive when the jar was built with quarkus.package.jar.appcds.enabled=true.
# Both: the heap starts small (-Xms64m) and grows to 256 MB only when needed (the default initial
# heap is 1/64 of the machine's memory, committed at once), and glibc keeps two malloc arenas
# (MALLOC_ARENA_MAX=2) instead of one per thread.
RUNTIME="${BENCH_RUNTIME:-aot}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS_BENCH="${BENCH_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -Dquarkus.http.limits.max-body-size=512M -Dquarkus.http.limits.max-form-attribute-size=512M -Dxianan.rate-limits.enabled=false -Dxianan.series.snapshot-every=off}"
# The month-end snapshot job (a back-fill since 2019-01 on a new database) is off while the loads run;
# section 7 measures it on its own (BENCH_SNAPSHOTS=1; the default below 5M workers, where it takes minutes).
SNAPSHOTS="${BENCH_SNAPSHOTS:-$(( WORKERS < 5000000 ? 1 : 0 ))}"
if [[ $RUNTIME == aot ]]; then
  JAVA="$JDK25/bin/java"; JAR=backend/target/aot-app/quarkus-run.jar
  JAVA_OPTS_BENCH="-XX:AOTCache=backend/target/aot-app/app.aot $JAVA_OPTS_BENCH"
else
  JAVA=java; JAR=backend/target/quarkus-app/quarkus-run.jar
  # the class-data archive of the packaged JVM, when the jar was built with it
  [[ -f backend/target/quarkus-app/app-cds.jsa ]] && JAVA_OPTS_BENCH="-XX:SharedArchiveFile=backend/target/quarkus-app/app-cds.jsa $JAVA_OPTS_BENCH"
fi
PIDS=()
LOAD_START="$(uptime | sed 's/.*load average: //')"
IMPORT_ROWS=100000; (( WORKERS >= 5000000 )) && IMPORT_ROWS=1000000
# issue 13's targets at 10M are looser for the list (p99 ≤ 100 ms) and put the import as 1,000,000 rows ≤ 60 s
LIST_P99_MS=50; LIST_TARGET="p99 ≤ 50 ms, ≥ 50%"
if (( WORKERS >= 5000000 )); then LIST_P99_MS=100; LIST_TARGET="p99 ≤ 100 ms"; fi
cleanup() { for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && kill -- "-$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { [[ $(id -u) == 0 ]] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
command -v pgbench >/dev/null || { [[ $(id -u) == 0 ]] && apt-get install -y -qq "postgresql-contrib" >/dev/null 2>&1; }
command -v pgbench >/dev/null || PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin | tail -1)"
curl -fs "http://localhost:$KC_PORT/realms/xianan/.well-known/openid-configuration" >/dev/null \
  || KC_INSTANCE=test KC_PORT=$KC_PORT backend/keycloak/keycloak.sh start
[[ -f backend/target/quarkus-app/quarkus-run.jar ]] || (cd backend && ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true)

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
API_PID=
start_api() { # start_api [extra JVM options]: starts the packaged API; sets API_PID and READY_S (launch to /q/health/ready)
  local t0; t0=$(date +%s.%N)
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" OIDC_URL="http://localhost:$KC_PORT/realms/xianan" HTTP_PORT=$API_PORT \
    MALLOC_ARENA_MAX=2 setsid "$JAVA" $JAVA_OPTS_BENCH "$@" -jar "$JAR" >>"$XIANAN_CACHE/bench-api.log" 2>&1 &
  API_PID=$!; PIDS+=($API_PID)
  for i in $(seq 1 1200); do curl -fs "$API/q/health/ready" >/dev/null 2>&1 && break; sleep 0.05; done
  READY_S=$(echo "$(date +%s.%N) - $t0" | bc)
}
stop_api() { kill -- "-$API_PID" 2>/dev/null || kill "$API_PID"; while kill -0 "$API_PID" 2>/dev/null; do sleep 0.2; done; }
cpu_ms() { # cpu_ms <pid>...: CPU time (user + system) the processes used so far, in ms
  local t=0 p; for p in "$@"; do [[ -r /proc/$p/stat ]] && t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat") )); done
  echo $(( t * 1000 / $(getconf CLK_TCK) ))
}
pg_backends() { pgrep -f "postgres: .* $DB " || true; } # "postgres: 15/main: <user> <database> <client> <state>"
# CPU per request (the API JVM, and the API's PostgreSQL backends): what a request costs, whatever else
# runs on the machine. cpu_start before the load; cpu_per_request <wrk output> right after it.
cpu_start() { BACKENDS=$(pg_backends); A0=$(cpu_ms "$API_PID"); P0=$(cpu_ms $BACKENDS); }
cpu_per_request() {
  local a1 p1 n; a1=$(cpu_ms "$API_PID"); p1=$(cpu_ms $BACKENDS); n=$(awk '/requests in/ {print $1}' "$1")
  echo "API $(echo "scale=1; ($a1 - $A0) / ${n:-1}" | bc) + PostgreSQL $(echo "scale=1; ($p1 - $P0) / ${n:-1}" | bc) ms CPU/request"
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$API_PID/status"; }
sample_rss() { # sample_rss <file>: the API's RSS (MB) every 0.5 s until killed; one write per line, so
  # that a kill between the number and its newline cannot join two samples (a 10M run reported "401401")
  while kill -0 "$API_PID" 2>/dev/null; do echo "$(rss_mb)" >>"$1"; sleep 0.5; done
}
: >"$XIANAN_CACHE/bench-api.log"
GEN_START=$(date +%s.%N)
if [[ $REUSE == 0 ]]; then
  # the generator's log beside the API's; a failed generation ends the benchmark with its last lines
  backend/dev/demo-data.sh --workers "$WORKERS" --db "jdbc:postgresql://127.0.0.1:5432/$DB" 2>"$XIANAN_CACHE/bench-demo-data.log" \
    || { echo "generation failed ($XIANAN_CACHE/bench-demo-data.log):" >&2; tail -20 "$XIANAN_CACHE/bench-demo-data.log" >&2; exit 1; }
  GEN_S="$(echo "$(date +%s.%N) - $GEN_START" | bc | xargs printf '%.1f') s"
else
  GEN_S="reused from an earlier run"
fi
"${PSQL[@]}" -c "vacuum analyze" >/dev/null
# the AOT cache trained on this database with the code as built now (packaged again each run)
[[ $RUNTIME == aot ]] && backend/dev/package-aot.sh "$DB" >&2
start_api
echo "generation: ${GEN_S}; $("${PSQL[@]}" -c 'select count(*) from worker') workers"

token() {
  curl -fs -d grant_type=password -d client_id=api-tests -d username="$1" -d password=demo \
    "http://localhost:$KC_PORT/realms/xianan/protocol/openid-connect/token" | jq -r .access_token
}

echo "== 1. statistics"
TOKEN=$(token federation-staff)
# warm-up, not measured, as for the lists below: a JVM just started runs the cached path interpreted
# for its first hundreds of requests (p50 17 ms for the first 20 sequential requests, 8 ms for the
# fifth 20, 2 ms once compiled; 2026-12-04 17:00), and a server in use has long compiled it
wrk -t1 -c2 -d5s -H "Authorization: Bearer $TOKEN" "$API/api/v1/statistics/workforce" >/dev/null
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
# cold: a real registry write before each request (one worker's wage, through the triggers that
# keep the maintained aggregates), so every answer is computed afresh rather than served cached
: >/tmp/bench-stats-cold.txt
MAXID=$("${PSQL[@]}" -c "select max(id) from worker")
TOKEN=$(token federation-staff) # the full passes above can outlast a token at high load
for i in $(seq 1 20); do
  "${PSQL[@]}" -c "update worker set monthly_wage = monthly_wage + 1 where id = (select worker_id from employment where end_date is null and worker_id >= $((RANDOM * 32768 + RANDOM)) % $MAXID order by worker_id limit 1)" >/dev/null
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API/api/v1/statistics/workforce" \
    | awk '{printf "%.1f\n", $1*1000}' >>/tmp/bench-stats-cold.txt
done
S50=$(pct 50 </tmp/bench-stats-api.txt); S95=$(pct 95 </tmp/bench-stats-api.txt)
C50=$(pct 50 </tmp/bench-stats-cold.txt); C95=$(pct 95 </tmp/bench-stats-cold.txt)
Q50=$(pct 50 </tmp/bench-stats-sql.txt); Q95=$(pct 95 </tmp/bench-stats-sql.txt)
# the maintained path's own SQL (sum over the per-enterprise rows) in psql
: >/tmp/bench-stats-msql.txt
MSQL="with per_enterprise as (select * from workforce_summary), $(sed -n '/^counted as (/,$p' "$SQL_FILE" | sed 's#/\*filters\*/##')"
for i in $(seq 1 20); do
  { echo '\timing on'; echo "$MSQL;"; } | "${PSQL[@]}" 2>&1 | grep -Eo 'Time: [0-9.]+' | awk '{s+=$2} END {printf "%.1f\n", s}' >>/tmp/bench-stats-msql.txt
done
MQ50=$(pct 50 </tmp/bench-stats-msql.txt); MQ95=$(pct 95 </tmp/bench-stats-msql.txt)
SUMMARY_AS_OF=$("${PSQL[@]}" -c "select coalesce(as_of::text, 'not built') from workforce_summary_state")

echo "== 2. worker list at 16 concurrent clients"
TOKEN=$(token federation-staff)
IND=electromechanical
# each list as the API asks it, for pgbench at the same concurrency: the caller's department, the
# generation read (the count is kept per generation and filter), and the page — the projection of
# RegistryMapper.LIST_COLUMNS with the industry's name joined in the same statement. As the API sends it
# (WorkerService.WorkerQuery): closed-set filter values and the page's bounds as text, the name searched
# as a parameter (pgbench -D qpattern, bound as $1 under -M prepared), so both plan alike
PAGE_COLS="w.id, w.id_number, w.name, w.gender, w.birth_date, w.education, w.monthly_wage, w.skill_level, w.occupation, w.agricultural_hukou, w.from_outside, w.union_member, w.party_member, w.phone, w.demo, w.version, w.updated_at, e.id, e.name, e.industry_code, i.name, e.in_dev_zone, w.party_joined_on"
PAGE_FROM="worker w left join enterprise e on e.id = w.enterprise_id left join industry i on i.code = e.industry_code"
declare -A LIST_URL LIST_SQL
LIST_URL[none]="size=20";                               LIST_SQL[none]="where true order by w.id"
LIST_URL[filters]="size=20&industry=$IND&skillLevel=NONE"; LIST_SQL[filters]="where e.industry_code = '$IND' and w.skill_level = 'NONE' order by w.id"
LIST_URL[q]="size=20&q=%E7%8E%8B";                       LIST_SQL[q]="where w.name like :qpattern order by w.id"
LIST_URL[name]="size=20&sort=name";                      LIST_SQL[name]="where true order by w.name, w.id"
: >/tmp/bench-rss-list.txt
LIST_ROWS=""
# warm-up, not measured: the JVM compiles the list's hot paths (JIT) during its first seconds of load,
# which the first case measured would otherwise pay alone (5.2 ms of API CPU per request for the
# first case against 1.4 ms for the last on the first quiet run, 2026-12-04)
for k in none filters q name; do
  wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?${LIST_URL[$k]}" >/dev/null
done
wrk -t2 -c16 -d5s -H "Authorization: Bearer $TOKEN" "$API/api/v1/me" >/dev/null
for k in none filters q name; do
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?${LIST_URL[$k]}" # first page: counts once
  sample_rss /tmp/bench-rss-list.txt & RSSP=$!
  cpu_start
  wrk -t2 -c16 -d15s --latency -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?${LIST_URL[$k]}" >/tmp/bench-list-$k.txt
  CPUREQ=$(cpu_per_request /tmp/bench-list-$k.txt)
  kill $RSSP 2>/dev/null || true
  printf "select id, code, name, name_en, lead_unit, sort_order, version, registry_scope from department where code = 'federation';\nselect sum(n) from registry_generation;\nselect %s from %s %s offset 0 rows fetch first 20 rows only;\n" \
    "$PAGE_COLS" "$PAGE_FROM" "${LIST_SQL[$k]}" >/tmp/bench-pgb-$k.sql
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c16 -j2 -T15 -D qpattern='%王%' -f /tmp/bench-pgb-$k.sql "$DB" >/tmp/bench-pgb-$k.txt 2>&1 || true
  L50=$(awk '/^ +50%/ {print $2}' /tmp/bench-list-$k.txt); L99=$(awk '/^ +99%/ {print $2}' /tmp/bench-list-$k.txt)
  RPS=$(awk '/Requests\/sec/ {printf "%.0f", $2}' /tmp/bench-list-$k.txt)
  ERR=$(awk '/Non-2xx/ {print $NF}' /tmp/bench-list-$k.txt); ERR=${ERR:-0}
  PTPS=$(awk '/^tps/ {printf "%.0f", $3}' /tmp/bench-pgb-$k.txt); PLAT=$(awk '/latency average/ {print $4}' /tmp/bench-pgb-$k.txt)
  RATIO=$(echo "scale=0; 100 * $RPS / ${PTPS:-1}" | bc)
  MET=no; [[ $(echo "$(echo "$L99" | sed 's/ms//;s/us/\/1000/;s/s$/*1000/' | bc -l) <= $LIST_P99_MS" | bc) == 1 ]] && MET=yes
  if (( WORKERS < 5000000 && RATIO < 50 )); then MET=no; fi # at 1M the target also asks for half of pgbench's rate
  LIST_ROWS+="| worker list ($k: ${LIST_URL[$k]}), 16 clients, 15 s | p50 $L50, p99 $L99, $RPS req/s ($ERR non-2xx); $CPUREQ | pgbench, same SQL, 16 clients: $PTPS tps (avg $PLAT ms) | $RATIO% of pgbench | $LIST_TARGET | $MET |"$'\n'
done
RSS_LIST_MAX=$(sort -n /tmp/bench-rss-list.txt | tail -1)
# baseline: any authenticated request (token check, one small query) at the same concurrency
cpu_start
wrk -t2 -c16 -d15s --latency -H "Authorization: Bearer $TOKEN" "$API/api/v1/me" >/tmp/bench-me.txt
MCPU=$(cpu_per_request /tmp/bench-me.txt)
M50=$(awk '/^ +50%/ {print $2}' /tmp/bench-me.txt); M99=$(awk '/^ +99%/ {print $2}' /tmp/bench-me.txt)
MRPS=$(awk '/Requests\/sec/ {printf "%.0f", $2}' /tmp/bench-me.txt)

# totals: the list's total for an industry beside the dashboard's count of it
TOTAL_JSON=$(curl -fs -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?size=1&industry=$IND")
T_LIST="$(jq -r .total <<<"$TOTAL_JSON") (exact: $(jq -r .totalExact <<<"$TOTAL_JSON"))"
T_ALL_JSON=$(curl -fs -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?size=1")
T_ALL="$(jq -r .total <<<"$T_ALL_JSON") (exact: $(jq -r .totalExact <<<"$T_ALL_JSON"))"
T_DB=$("${PSQL[@]}" -c "select count(*) from worker w join enterprise e on e.id = w.enterprise_id where e.industry_code = '$IND'")
T_DB_ALL=$("${PSQL[@]}" -c "select count(*) from worker")
T_Q_JSON=$(curl -fs -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?size=1&gender=MALE")
T_Q="$(jq -r .total <<<"$T_Q_JSON") (exact: $(jq -r .totalExact <<<"$T_Q_JSON"))"

# keyset page 50,000 (rows 1,000,001–1,000,020) beside the same SQL in psql, and the offset page for contrast
DEEP=$(( WORKERS < 1000020 ? WORKERS - 20 : 1000000 ))
AFTER=$("${PSQL[@]}" -c "select id from worker order by id offset $((DEEP - 1)) limit 1")
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?size=20&cursor=$AFTER"
: >/tmp/bench-keyset.txt; : >/tmp/bench-keyset-sql.txt
for i in $(seq 1 20); do
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?size=20&cursor=$AFTER" \
    | awk '{printf "%.1f\n", $1*1000}' >>/tmp/bench-keyset.txt
  { echo '\timing on'; echo "select $PAGE_COLS from $PAGE_FROM where w.id > $AFTER order by w.id limit 20;"; } \
    | "${PSQL[@]}" 2>&1 | grep -Eo 'Time: [0-9.]+' | awk '{printf "%.1f\n", $2}' >>/tmp/bench-keyset-sql.txt
done
K50=$(pct 50 </tmp/bench-keyset.txt); K95=$(pct 95 </tmp/bench-keyset.txt); KS50=$(pct 50 </tmp/bench-keyset-sql.txt)
OFFSET_MS=$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers?size=20&page=$((DEEP / 20))" | awk '{printf "%.0f", $1*1000}')

echo "== 2b. 16 clients updating different workers vs pgbench"
# one request body per worker (its own data, the wage raised by one, the version read), each used once
"${PSQL[@]}" -c "select w.id || E'\t' || json_build_object('idNumber', w.id_number, 'name', w.name, 'education', w.education,
   'monthlyWage', w.monthly_wage + 1, 'skillLevel', w.skill_level, 'occupation', w.occupation, 'agriculturalHukou', w.agricultural_hukou,
   'fromOutside', w.from_outside, 'unionMember', w.union_member, 'partyMember', w.party_member, 'phone', w.phone,
   'enterpriseId', w.enterprise_id, 'version', w.version)
   from worker w where w.enterprise_id is not null and w.birth_date < now() - interval '17 years' order by w.id desc limit 60000" >/tmp/bench-put-bodies.tsv
cat >/tmp/bench-put.lua <<'LUA'
local threads, counter = {}, 0
function setup(thread) counter = counter + 1; thread:set("tid", counter); table.insert(threads, thread) end
local bodies, i = {}, 0
function init(args)
  local n = 0
  for line in io.lines("/tmp/bench-put-bodies.tsv") do
    n = n + 1
    if n % 2 == tid - 1 then local t = line:find("\t"); table.insert(bodies, {line:sub(1, t - 1), line:sub(t + 1)}) end
  end
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  i = i + 1
  local b = bodies[((i - 1) % #bodies) + 1]
  return wrk.format("PUT", "/api/v1/workers/" .. b[1], nil, b[2])
end
LUA
ETOKEN=$(token federation-staff)
cpu_start
wrk -t2 -c16 -d15s --latency -s /tmp/bench-put.lua -H "Authorization: Bearer $ETOKEN" "$API" >/tmp/bench-put.txt
UCPU=$(cpu_per_request /tmp/bench-put.txt)
U50=$(awk '/^ +50%/ {print $2}' /tmp/bench-put.txt); U99=$(awk '/^ +99%/ {print $2}' /tmp/bench-put.txt)
URPS=$(awk '/Requests\/sec/ {printf "%.0f", $2}' /tmp/bench-put.txt)
UERR=$(awk '/Non-2xx/ {print $NF}' /tmp/bench-put.txt); UERR=${UERR:-0}
printf '%s\n' "\\set id random(1, $MAXID)" \
  "update worker set monthly_wage = monthly_wage + 1, version = version + 1, updated_at = now() where id = :id;" >/tmp/bench-pgb-update.sql
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c16 -j2 -T15 -f /tmp/bench-pgb-update.sql "$DB" >/tmp/bench-pgb-update.txt 2>&1 || true
UPTPS=$(awk '/^tps/ {printf "%.0f", $3}' /tmp/bench-pgb-update.txt)
URATIO=$(echo "scale=0; 100 * $URPS / ${UPTPS:-1}" | bc)
# The same edit as the API makes it: the statements one PUT sends, in one transaction (read from the
# server log with log_statement=all, 2026-12-04): the caller's department, the worker, its enterprise,
# the UPDATE (every column, version checked), the change-feed event, the industries (the answer names
# the enterprise's industry), the Envers revision and the worker's history row. The UPDATE above is
# one of them; this is the database's share of an edit, so the API's own share is what the ratio shows.
cat >/tmp/bench-pgb-edit.sql <<SQL
\\set id random(1, $MAXID)
BEGIN;
select d.id, d.code, d.lead_unit, d.name, d.name_en, d.registry_scope, d.sort_order, d.version from department d where d.code = 'federation' fetch first 1 rows only;
select w.id as w_id, w.agricultural_hukou as w_agri, w.birth_date as w_birth, w.created_at as w_created, w.demo as w_demo, w.education as w_edu, coalesce(w.enterprise_id, 0) as w_eid, w.from_outside as w_outside, w.gender as w_gender, w.id_number as w_idn, w.monthly_wage as w_wage, w.name as w_name, w.occupation as w_occ, w.party_joined_on is null as w_pj, w.party_member as w_party, w.phone as w_phone, w.skill_level as w_skill, w.union_member as w_union, w.updated_at as w_upd, w.version as w_version from worker w where w.id = :id \\gset
select e.id, e.address, e.contact_person, e.contact_phone, e.created_at, e.credit_code, e.demo, e.has_party_org, e.has_union, e.in_dev_zone, e.industry_code, e.name, e.ownership, e.size, e.updated_at, e.version from enterprise e where e.id = :w_eid;
update worker set agricultural_hukou = :w_agri, birth_date = :w_birth, demo = :w_demo, education = :w_edu, from_outside = :w_outside, gender = :w_gender, id_number = :w_idn, monthly_wage = :w_wage::numeric + 1, name = :w_name, occupation = :w_occ, party_member = :w_party, phone = :w_phone, skill_level = :w_skill, union_member = :w_union, updated_at = now(), version = :w_version::bigint + 1 where id = :id and version = :w_version;
insert into change_event (entity_type, entity_id, operation, version, actor, department, client_id, data) values ('worker', :id, 'UPDATED', :w_version::bigint + 1, 'federation-staff', 'federation', 'api-tests', jsonb_build_object('idNumber', :w_idn::text, 'name', :w_name::text, 'gender', :w_gender::text, 'birthDate', :w_birth::text, 'education', :w_edu::text, 'monthlyWage', :w_wage::numeric + 1, 'skillLevel', :w_skill::text, 'occupation', :w_occ::text, 'agriculturalHukou', :w_agri::boolean, 'fromOutside', :w_outside::boolean, 'unionMember', :w_union::boolean, 'partyMember', :w_party::boolean, 'phone', :w_phone::text, 'enterpriseId', :w_eid::bigint, 'partyJoinedOn', null));
select i.code, i.name, i.name_en, i.sort_order from industry i order by i.sort_order;
insert into audit_revision (actor, actor_name, changed_at, client_id, department, timestamp) values ('federation-staff', '李娜', now(), 'api-tests', 'federation', 0) returning id as rev \\gset
insert into worker_aud (agricultural_hukou, birth_date, education, enterprise_id, from_outside, gender, id_number, monthly_wage, name, occupation, party_joined_on, party_member, phone, rev_type, skill_level, union_member, id, rev) values (:w_agri, :w_birth, :w_edu, nullif(:w_eid::bigint, 0), :w_outside, :w_gender, :w_idn, :w_wage::numeric + 1, :w_name, :w_occ, null, :w_party, :w_phone, 1, :w_skill, :w_union, :id, :rev);
COMMIT;
SQL
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c16 -j2 -T15 -f /tmp/bench-pgb-edit.sql "$DB" >/tmp/bench-pgb-edit.txt 2>&1 || true
UETPS=$(awk '/^tps/ {printf "%.0f", $3}' /tmp/bench-pgb-edit.txt)
UERATIO=$(echo "scale=0; 100 * $URPS / ${UETPS:-1}" | bc)

echo "== 3. import $IMPORT_ROWS rows (creating, then updating, then moving everyone to another enterprise) vs COPY"
import_row() { # import_row <create|update|transfer>: bench-import's table row, or a "failed" row (its reason went to stderr)
  backend/dev/bench-import.sh "$API" "$(token federation-staff)" $IMPORT_ROWS "$DB" "$1" \
    || echo "| import ($1) | **failed** (the reason on stderr) | — | — | — | no |"
}
IMPORT_CREATE=$(import_row create)
IMPORT_UPDATE=$(import_row update)
IMPORT_TRANSFER=$(import_row transfer)

echo "== 4. CSV export of every worker"
TOKEN=$(token federation-staff)
RSS_BEFORE=$(rss_mb)
: >/tmp/bench-rss-export.txt
sample_rss /tmp/bench-rss-export.txt & RSSP=$!
EXPORT_S=$(curl -fs -o /tmp/bench-export.csv -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$API/api/v1/workers/export?format=csv")
kill $RSSP 2>/dev/null || true
sleep 2
RSS_AFTER=$(rss_mb)
RSS_DURING=$(sort -n /tmp/bench-rss-export.txt | tail -1)
EXPORT_ROWS=$(( $(wc -l </tmp/bench-export.csv) - 1 ))
rm -f /tmp/bench-export.csv
EXPORT_RATE=$(echo "$EXPORT_ROWS / $EXPORT_S" | bc)
PCOPY_MS=$( { echo '\timing on'; echo "\\copy (select w.id_number, w.name, w.gender, w.birth_date, w.education, w.monthly_wage, w.skill_level, w.occupation, w.agricultural_hukou, w.from_outside, w.union_member, w.party_member, w.phone, e.name, e.industry_code from worker w left join enterprise e on e.id = w.enterprise_id order by w.id) to '/dev/null' (format csv)"; } | "${PSQL[@]}" | grep -Eo 'Time: [0-9.]+' | awk '{print $2}')
PCOPY_RATE=$(echo "$EXPORT_ROWS * 1000 / $PCOPY_MS" | bc)

echo "== 5. ready after start (packaged JVM, migrated database)"
stop_api
start_api
RSS_IDLE=$(rss_mb)

echo "== 6. the verified-token cache's share: /me and the filtered list with it and without it"
# The same two loads on this fresh API (cache on, the default) and on one started with the cache off,
# one after the other, each after its own warm-up: what skipping the token's verification saves.
TOKEN_ROWS=""
token_cache_load() { # token_cache_load <label>: a row per load (/me, list filters) for the table
  local t u name; t=$(token federation-staff)
  for u in "api/v1/me" "api/v1/workers?${LIST_URL[filters]}"; do
    wrk -t2 -c16 -d5s -H "Authorization: Bearer $t" "$API/$u" >/dev/null
  done
  for u in "api/v1/me" "api/v1/workers?${LIST_URL[filters]}"; do
    cpu_start
    wrk -t2 -c16 -d15s --latency -H "Authorization: Bearer $t" "$API/$u" >/tmp/bench-token-cache.txt
    name=${u%%\?*}
    TOKEN_ROWS+="| GET /$name$([[ $u == *\?* ]] && echo " (filters)"), 16 clients, 15 s, $1 | p50 $(awk '/^ +50%/ {print $2}' /tmp/bench-token-cache.txt), p99 $(awk '/^ +99%/ {print $2}' /tmp/bench-token-cache.txt), $(awk '/Requests\/sec/ {printf "%.0f", $2}' /tmp/bench-token-cache.txt) req/s; $(cpu_per_request /tmp/bench-token-cache.txt) | — | — | — | — |"$'\n'
  done
}
token_cache_load "verified-token cache on"
stop_api
start_api -Dxianan.security.verified-tokens.enabled=false
token_cache_load "verified-token cache off"

SNAPSHOT_ROW=""
if [[ $SNAPSHOTS == 1 ]]; then
  echo "== 7. the month-end snapshot job back-filling every month end since 2019-01"
  # the job as it first runs on a new deployment: no snapshot, no claim; one transaction per month end
  stop_api
  "${PSQL[@]}" -c "delete from statistics_snapshot; delete from scheduled_run where job_name = 'statistics-month-end-snapshots'"
  start_api -Dxianan.series.snapshot-every=6h -Dxianan.series.snapshot-delay=1s
  SNAP_T0=$(date +%s.%N)
  for i in $(seq 1 7200); do
    [[ $("${PSQL[@]}" -c "select count(*) from scheduled_run where job_name = 'statistics-month-end-snapshots'") -gt 0 ]] && break
    grep -q "statistics-month-end-snapshots.*\(Exception\|failed\)" "$XIANAN_CACHE/bench-api.log" && break
    sleep 0.5
  done
  SNAP_S=$(echo "$(date +%s.%N) - $SNAP_T0 - 1" | bc)
  SNAP_DONE=$("${PSQL[@]}" -c "select count(*) from scheduled_run where job_name = 'statistics-month-end-snapshots'")
  SNAP_N=$("${PSQL[@]}" -c "select count(*) from statistics_snapshot where aggregate = 'workforce'")
  SNAP_MAX_TX=$("${PSQL[@]}" -c "select coalesce(round(max(extract(epoch from d)), 1), 0) from (select computed_at - lag(computed_at) over (order by computed_at) d from statistics_snapshot where aggregate = 'workforce') x")
  SNAPSHOT_ROW="| month-end snapshot job on a new deployment: every aggregate's month ends since 2019-01, one transaction each | $([[ $SNAP_DONE -gt 0 ]] && echo "done" || echo "NOT done") in $(printf '%.0f' "$SNAP_S") s: $SNAP_N workforce month ends, the longest about ${SNAP_MAX_TX} s apart | the workforce full pass in psql: p50 ${Q50} ms × $SNAP_N month ends = $(echo "$Q50 * $SNAP_N / 1000" | bc) s | — | each month end within the 60 s transaction timeout | $([[ $SNAP_DONE -gt 0 ]] && echo yes || echo no) |"$'\n'
fi
LOAD_END="$(uptime | sed 's/.*load average: //')"

yes_no() { [[ $(echo "$1" | bc -l) == 1 ]] && echo yes || echo no; }
cat <<MD

### Registry benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1) (the API's JVM), $(psql -V | awk '{print "PostgreSQL " $3}')

$WORKERS generated workers (generation: ${GEN_S}). Load average at start: $LOAD_START; at end: $LOAD_END (other engineers' builds share the machine).
API: \`MALLOC_ARENA_MAX=2 $("$JAVA" -version 2>&1 | head -1 | cut -d'"' -f2 | sed 's/^/java /') $JAVA_OPTS_BENCH -jar $JAR\`. Maintained summary as of: $SUMMARY_AS_OF.

| measure | result | baseline (same run) | ratio | target | met? |
| --- | --- | --- | --- | --- | --- |
| statistics p50 / p95, registry unchanged (20 sequential requests after 5 s of warm-up, cached per generation) | ${S50} / ${S95} ms | same SQL (full pass) in psql: ${Q50} / ${Q95} ms | — | ≤ 20 ms | $(yes_no "$S95 <= 20") |
| statistics p50 / p95, a worker's wage changed before each request (20, computed) | ${C50} / ${C95} ms | full pass in psql: ${Q50} / ${Q95} ms; maintained-sum SQL in psql: ${MQ50} / ${MQ95} ms | p95 $(echo "scale=3; $C95/$Q95" | bc)× of the full pass | p95 ≤ $([[ $WORKERS -ge 5000000 ]] && echo 300 || echo 100) ms | $(yes_no "$C95 <= $([[ $WORKERS -ge 5000000 ]] && echo 300 || echo 100)") |
${LIST_ROWS}| GET /api/v1/me (baseline of any authenticated request), 16 clients | p50 ${M50}, p99 ${M99}, ${MRPS} req/s; $MCPU | — | — | — | — |
| list total, industry $IND / whole registry / a filter the dashboard does not count (gender) | $T_LIST / $T_ALL / $T_Q | count(*) in psql: $T_DB / $T_DB_ALL | — | exact where the dashboard counts | $([[ "$T_LIST" == "$T_DB (exact: true)" && "$T_ALL" == "$T_DB_ALL (exact: true)" ]] && echo yes || echo no) |
| keyset page $((DEEP / 20)) (cursor after row $DEEP), p50 / p95 of 20 | ${K50} / ${K95} ms | same SQL in psql: p50 ${KS50} ms; offset page $((DEEP / 20)) through the API: ${OFFSET_MS} ms | — | ≤ 20 ms | $(yes_no "$K95 <= 20") |
| 16 clients each updating different workers (PUT, 15 s) | p50 $U50, p99 $U99, $URPS req/s ($UERR non-2xx); $UCPU | pgbench at 16 clients, the UPDATE alone: $UPTPS tps; the edit's statements in one transaction (what a PUT sends): $UETPS tps | $URATIO% of the UPDATE, $UERATIO% of the edit | ≥ 70% | $([[ $URATIO -ge 70 ]] && echo yes || echo "no ($([[ $UERATIO -ge 70 ]] && echo "met against the edit's statements" || echo "against either baseline"))") |
$IMPORT_CREATE
$IMPORT_UPDATE
$IMPORT_TRANSFER
| CSV export of every worker (masked), one request | $EXPORT_ROWS rows in $(printf '%.1f' "$EXPORT_S") s = $EXPORT_RATE rows/s; API RSS before / during (max) / after: $RSS_BEFORE / $RSS_DURING / $RSS_AFTER MB | psql \\copy of the same columns to /dev/null: $(printf '%.0f' "$PCOPY_MS") ms = $PCOPY_RATE rows/s | $(echo "scale=1; $PCOPY_RATE / $EXPORT_RATE" | bc)× slower | ≥ 150,000 rows/s, flat heap | $([[ $EXPORT_RATE -ge 150000 ]] && echo yes || echo no) |
| API RSS under the list load (max of 0.5 s samples) | $RSS_LIST_MAX MB | after restart, idle: $RSS_IDLE MB | — | ≤ 400 MB | $([[ $RSS_LIST_MAX -le 400 ]] && echo yes || echo no) |
| ready after start (packaged JVM, launch to /q/health/ready) | $(printf '%.2f' "$READY_S") s | — | — | ≤ 3 s | $(yes_no "$READY_S <= 3") |
${TOKEN_ROWS}${SNAPSHOT_ROW%$'\n'}
MD
