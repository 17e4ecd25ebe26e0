#!/usr/bin/env bash
# `make test` stage: read scaling against a real PostgreSQL streaming replica.
#
#   1. initdb a primary on REPLICA_CHECK_PRIMARY_PORT (default 55442; wal_level replica,
#      replication trusted from 127.0.0.1, pg_stat_statements) and clone it with
#      `pg_basebackup -R` into a hot standby on REPLICA_CHECK_REPLICA_PORT (default 55443);
#   2. start the packaged API on REPLICA_CHECK_API_PORT (default 8331) with DB_URL → primary,
#      DB_READ_URL → replica and the test Keycloak (TEST_KC_PORT, default 8181);
#   3. the analyst's statistics (workforce, subsidies, competitions, task board) run on the
#      replica — their SQL is counted by pg_stat_statements there and never on the primary, and
#      the read pool (application_name xianan-api-read) is connected to the replica only;
#   4. a write through the API (a new fund) lands on the primary, replicates, and the statistics
#      served from the replica then show it;
#   5. the replica is read-only (pg_is_in_recovery(), a write there fails), and readiness reports
#      the read datasource DOWN while the replica is stopped and UP again after it restarts.
# Uses Debian's PostgreSQL binaries (installs postgresql when missing and run as root). Needs
# backend/target/quarkus-app (built by the backend stage). Stops and removes only what it started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"
TEST_KC_PORT="${TEST_KC_PORT:-8181}"
P_PORT="${REPLICA_CHECK_PRIMARY_PORT:-55442}"
R_PORT="${REPLICA_CHECK_REPLICA_PORT:-55443}"
API_PORT="${REPLICA_CHECK_API_PORT:-8331}"
API="http://localhost:$API_PORT"
KC="http://localhost:$TEST_KC_PORT/realms/xianan"
API_LOG="$XIANAN_CACHE/read-replica-api.log"
TMP=""
API_PID=""
STARTED=()

fail() { printf '\033[1;31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
ok() { echo "  ok: $*"; }

# initdb and the server refuse to run as root: then they run as the postgres user
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  local rc=$?
  set +e
  [[ -n "$API_PID" ]] && { kill -- "-$API_PID" 2>/dev/null || kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; }
  local d
  for d in "${STARTED[@]:-}"; do
    [[ -n "$d" && -f "$d/postmaster.pid" ]] && as_pg "$BIN/pg_ctl" -D "$d" -m immediate -w stop >/dev/null 2>&1
  done
  if [[ $rc != 0 && -n "$TMP" ]]; then
    for d in primary replica; do [[ -f "$TMP/$d.log" ]] && { echo "--- $d.log (last lines)"; tail -15 "$TMP/$d.log"; }; done
    echo "--- API log: $API_LOG"
  fi
  [[ -n "$TMP" ]] && rm -rf "$TMP"
  exit $rc
}
trap cleanup EXIT INT TERM

# ---------------------------------------------------------------- tools
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  [[ $(id -u) == 0 ]] || fail "PostgreSQL server binaries are missing: sudo apt-get install -y postgresql"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
for t in jq curl psql; do command -v "$t" >/dev/null 2>&1 || fail "$t is missing"; done
[[ -f backend/target/quarkus-app/quarkus-run.jar ]] || fail "no packaged API: run (cd backend && ./mvnw -B -ntp package -DskipTests)"
curl -fs "$KC" >/dev/null || fail "no test Keycloak on $TEST_KC_PORT"
for port in $P_PORT $R_PORT $API_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is already in use (by: $(ss -ltnp 2>/dev/null | grep ":$port " | sed 's/.*users://')); stop that process first"
  fi
done

TMP="$(mktemp -d /tmp/xianan-replica.XXXXXX)"
chmod 755 "$TMP"
[[ $(id -u) == 0 ]] && chown postgres "$TMP"

primary() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$P_PORT" -U postgres -d xianan -tA "$@"; }
replica() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$R_PORT" -U postgres -d xianan -tA "$@"; }

# ---------------------------------------------------------------- 1. primary and streaming replica
echo "1. primary on $P_PORT, streaming replica on $R_PORT ($BIN)"
as_pg "$BIN/initdb" -D "$TMP/primary" -U postgres --auth=trust -E UTF8 --locale=C >"$TMP/initdb.log" 2>&1 || { cat "$TMP/initdb.log"; fail "initdb"; }
cat >>"$TMP/primary/postgresql.conf" <<CONF
port = $P_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$TMP'
wal_level = replica
max_wal_senders = 4
hot_standby = on
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
shared_buffers = 32MB
fsync = off
CONF
echo "host replication all 127.0.0.1/32 trust" >>"$TMP/primary/pg_hba.conf"
STARTED+=("$TMP/primary")
as_pg "$BIN/pg_ctl" -D "$TMP/primary" -l "$TMP/primary.log" -w start >/dev/null
psql -X -q -h 127.0.0.1 -p "$P_PORT" -U postgres -d postgres -c "create database xianan" -c "\\c xianan" -c "create extension pg_stat_statements" >/dev/null
as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$P_PORT" -U postgres -D "$TMP/replica" -R -X stream -c fast
echo "port = $R_PORT" >>"$TMP/replica/postgresql.conf"
STARTED+=("$TMP/replica")
as_pg "$BIN/pg_ctl" -D "$TMP/replica" -l "$TMP/replica.log" -w start >/dev/null
[[ "$(replica -c 'select pg_is_in_recovery()')" == t ]] || fail "the replica is not in recovery"
for i in $(seq 1 50); do
  [[ "$(primary -c "select count(*) from pg_stat_replication where state = 'streaming'")" == 1 ]] && break
  [[ $i == 50 ]] && fail "the replica does not stream from the primary"
  sleep 0.2
done
ok "pg_basebackup -R clone streaming (pg_stat_replication on the primary), in recovery"

# ---------------------------------------------------------------- 2. API
echo "2. packaged API on $API_PORT: DB_URL → primary, DB_READ_URL → replica"
DB_URL="jdbc:postgresql://127.0.0.1:$P_PORT/xianan" DB_READ_URL="jdbc:postgresql://127.0.0.1:$R_PORT/xianan" \
  OIDC_URL="$KC" HTTP_PORT="$API_PORT" \
  setsid java -Xmx384m -jar backend/target/quarkus-app/quarkus-run.jar >"$API_LOG" 2>&1 &
API_PID=$!
for i in $(seq 1 120); do
  kill -0 "$API_PID" 2>/dev/null || { tail -30 "$API_LOG"; fail "the API stopped"; }
  curl -fs "$API/q/health/ready" >/dev/null 2>&1 && break
  [[ $i == 120 ]] && { tail -30 "$API_LOG"; fail "the API did not become ready"; }
  sleep 1
done
ready="$(curl -fs "$API/q/health/ready")"
jq -e '.checks[] | select(.name == "Database connections health check") | .data.read == "UP" and .data["<default>"] == "UP"' <<<"$ready" >/dev/null \
  || fail "readiness does not report both datasources UP: $ready"
# the schema was migrated on the primary (Flyway) and arrived on the replica by streaming
[[ "$(replica -c "select count(*) from flyway_schema_history where success")" -ge 8 ]] || fail "the migrations did not replicate"
ok "ready; both datasources UP; migrations replicated"

token() {
  curl -fsS -d grant_type=password -d client_id=api-tests -d "username=$1" -d password=demo "$KC/protocol/openid-connect/token" | jq -er .access_token
}
ANALYST="$(token analyst)"
APPROVER="$(token hrss-approver)"

# ---------------------------------------------------------------- 3. reads on the replica
echo "3. the analyst's statistics are served by the replica"
# distinctive SQL of each statistics service (pg_stat_statements keeps the statement text)
declare -A SQL=(
  [workforce]='%with per_enterprise as%'
  [subsidies]='%from subsidy_fund f group by grouping sets%'
  [competitions]='%from competition_participant p join competition c%'
  [board]='%from reform_task t group by 1, 2, 3%'
)
calls() { # calls <primary|replica> <like>
  "$1" -c "select coalesce(sum(calls), 0) from pg_stat_statements where query like '$2'"
}
primary -c "select pg_stat_statements_reset()" >/dev/null
replica -c "select pg_stat_statements_reset()" >/dev/null
for path in statistics/workforce statistics/subsidies statistics/competitions tasks/board; do
  code="$(curl -s -o "$TMP/answer.json" -w '%{http_code}' -H "Authorization: Bearer $ANALYST" "$API/api/v1/$path")"
  [[ "$code" == 200 ]] || { cat "$TMP/answer.json"; fail "GET /api/v1/$path answered $code"; }
done
for k in workforce subsidies competitions board; do
  on_replica="$(calls replica "${SQL[$k]}")"
  on_primary="$(calls primary "${SQL[$k]}")"
  (( on_replica >= 1 )) || fail "the $k statistics did not run on the replica (calls: replica $on_replica, primary $on_primary)"
  (( on_primary == 0 )) || fail "the $k statistics ran on the primary ($on_primary calls)"
  echo "     $k: $on_replica statement(s) on the replica, 0 on the primary"
done
(( $(calls replica '%select sum(n) from registry_generation%') >= 1 )) || fail "the registry generation was not read on the replica"
read_on_replica="$(replica -c "select count(*) from pg_stat_activity where application_name = 'xianan-api-read'")"
read_on_primary="$(primary -c "select count(*) from pg_stat_activity where application_name = 'xianan-api-read'")"
api_on_primary="$(primary -c "select count(*) from pg_stat_activity where application_name = 'xianan-api'")"
(( read_on_replica >= 1 && read_on_primary == 0 && api_on_primary >= 1 )) \
  || fail "connections: read pool $read_on_replica on the replica / $read_on_primary on the primary, main pool $api_on_primary on the primary"
ok "statistics SQL counted on the replica only; read pool connected to the replica only ($read_on_replica), main pool to the primary ($api_on_primary)"

# ---------------------------------------------------------------- 4. writes on the primary
echo "4. a write through the API goes to the primary and reaches the statistics through the replica"
budget_before="$(curl -fsS -H "Authorization: Bearer $ANALYST" "$API/api/v1/statistics/subsidies" | jq -r '.total.budget // 0')"
code="$(curl -s -o "$TMP/fund.json" -w '%{http_code}' -H "Authorization: Bearer $APPROVER" -H 'Content-Type: application/json' \
  -d '{"year": 2026, "source": "LOCAL_MATCHING", "name": "只读副本检查资金", "budget": 4321.00}' "$API/api/v1/funds")"
[[ "$code" == 201 ]] || { cat "$TMP/fund.json"; fail "POST /api/v1/funds answered $code"; }
fund_id="$(jq -r .id "$TMP/fund.json")"
[[ "$(primary -c "select budget from subsidy_fund where id = $fund_id")" == 4321.00 ]] || fail "the fund is not on the primary"
(( $(calls primary '%insert into subsidy_fund%') >= 1 )) || fail "no insert into subsidy_fund counted on the primary"
(( $(calls replica '%insert into subsidy_fund%') == 0 )) || fail "an insert was counted on the replica"
for i in $(seq 1 50); do
  [[ "$(replica -c "select count(*) from subsidy_fund where id = $fund_id")" == 1 ]] && break
  [[ $i == 50 ]] && fail "the fund did not replicate within 10 s"
  sleep 0.2
done
lag="$(primary -c "select coalesce(max(extract(epoch from replay_lag))::numeric(10,3)::text, '0') from pg_stat_replication")"
budget_after="$(curl -fsS -H "Authorization: Bearer $ANALYST" "$API/api/v1/statistics/subsidies" | jq -r '.total.budget')"
python3 -c "import sys; from decimal import Decimal as D; sys.exit(0 if D('$budget_after') - D('$budget_before') == D('4321') else 1)" \
  || fail "the subsidy statistics show budget $budget_after, expected $budget_before + 4321"
ok "fund $fund_id inserted on the primary (pg_stat_statements), replicated (replay lag ${lag}s), budget in the statistics $budget_before → $budget_after"

# ---------------------------------------------------------------- 5. read-only replica, readiness
echo "5. the replica is read-only; readiness follows it"
[[ "$(replica -c 'select pg_is_in_recovery()')" == t ]] || fail "the replica left recovery"
if out="$(replica -c "delete from subsidy_fund where id = $fund_id" 2>&1)"; then fail "a write on the replica succeeded"; fi
[[ "$out" == *"read-only transaction"* ]] || fail "unexpected error for a write on the replica: $out"
as_pg "$BIN/pg_ctl" -D "$TMP/replica" -m fast -w stop >/dev/null
for i in $(seq 1 30); do
  code="$(curl -s -o "$TMP/ready.json" -w '%{http_code}' "$API/q/health/ready")"
  [[ "$code" == 503 ]] && break
  sleep 1
done
[[ "$code" == 503 ]] && jq -e '.checks[] | select(.name == "Database connections health check") | .data.read != "UP" and .data["<default>"] == "UP"' "$TMP/ready.json" >/dev/null \
  || fail "readiness with the replica stopped: $code $(cat "$TMP/ready.json")"
as_pg "$BIN/pg_ctl" -D "$TMP/replica" -l "$TMP/replica.log" -w start >/dev/null
for i in $(seq 1 30); do
  curl -fs "$API/q/health/ready" >/dev/null 2>&1 && break
  [[ $i == 30 ]] && fail "readiness did not recover after the replica restarted"
  sleep 1
done
code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ANALYST" "$API/api/v1/statistics/subsidies")"
[[ "$code" == 200 ]] || fail "statistics after the replica restarted answered $code"
ok "pg_is_in_recovery() = t, a write there fails (read-only transaction); readiness DOWN (read) while it is stopped, UP after it restarts"
echo "read replica: all checks passed"
