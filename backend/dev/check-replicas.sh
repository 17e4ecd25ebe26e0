#!/usr/bin/env bash
# Stateless replicas, proved (issue 12). Starts two packaged API instances (ports 8301, 8302) on one
# database (xianan_replicas, made anew) behind Debian's nginx on 8300 (round robin, no stickiness;
# nginx's own temporary prefix and configuration, started and stopped here) and, through the
# balancer with real tokens from the test Keycloak on 8181:
#   1. an import uploaded to one replica is followed to its end by polling (requests answered by
#      both replicas: every response carries nginx's X-Upstream), its errors and error workbook too;
#   2. the workforce statistics, answered by both replicas, reflect the import's write at once;
#   3. an evidence file of a subsidy application is uploaded and downloaded, byte for byte, on both;
#   4. the daily task check triggered on both replicas at the same moment runs once (one answer
#      ranNow=true, one false; one scheduled_run row);
#   5. one replica is killed (kill -9) while it runs a large import: after the lease (3 s here) the
#      other resumes it and finishes it; the job is never left RUNNING, no worker is lost or doubled.
# nginx's access log (method, path, status, upstream) is kept in $XIANAN_CACHE/replicas-nginx-access.log.
# Any deviation fails the script loudly; everything it started is stopped on exit.
#
#   backend/dev/check-replicas.sh        (needs: packaged API, test Keycloak on 8181, nginx, jq)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"
DB="${REPLICAS_DB:-xianan_replicas}"
KC_PORT="${TEST_KC_PORT:-8181}"
LB_PORT="${REPLICAS_LB_PORT:-8300}"
A_PORT="${REPLICAS_A_PORT:-8301}"
B_PORT="${REPLICAS_B_PORT:-8302}"
LB="http://127.0.0.1:$LB_PORT"
KC="http://localhost:$KC_PORT/realms/xianan"
JAR=backend/target/quarkus-app/quarkus-run.jar
PSQL=(psql -h 127.0.0.1 -U "${DB_USER:-postgres}" -d "$DB" -Atq)
WORK="$(mktemp -d -t xianan-replicas.XXXXXX)"
declare -A PID=()
NGINX_PID=""

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
ok() { printf '  ok   %s\n' "$*"; }
fail() {
  printf '\033[1;31mcheck-replicas FAILED: %s\033[0m\n' "$*" >&2
  for n in a b; do [[ -f "$XIANAN_CACHE/replica-$n.log" ]] && { echo "--- replica $n (last lines of $XIANAN_CACHE/replica-$n.log)" >&2; tail -15 "$XIANAN_CACHE/replica-$n.log" >&2; }; done
  exit 1
}

cleanup() {
  local rc=$?
  for n in "${!PID[@]}"; do kill -- "-${PID[$n]}" 2>/dev/null || true; done
  [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
  for n in "${!PID[@]}"; do wait "${PID[$n]}" 2>/dev/null || true; done
  [[ -n "$NGINX_PID" ]] && wait "$NGINX_PID" 2>/dev/null || true
  [[ -f "$WORK/nginx/access.log" ]] && cp "$WORK/nginx/access.log" "$XIANAN_CACHE/replicas-nginx-access.log"
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT INT TERM

# ---------------------------------------------------------------------------------- prerequisites
missing=()
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
if ((${#missing[@]})); then
  [[ $(id -u) == 0 ]] || fail "missing: ${missing[*]} — run: sudo apt-get install -y ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[[ -f $JAR ]] || (cd backend && ./mvnw -B -ntp -q package -DskipTests)
curl -fs "$KC" >/dev/null || fail "no Keycloak on $KC_PORT: run KC_INSTANCE=test KC_PORT=$KC_PORT backend/keycloak/keycloak.sh start"
for port in $LB_PORT $A_PORT $B_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then fail "port $port is already in use"; fi
done
backend/dev/postgres.sh drop-create "$DB" >/dev/null

# ---------------------------------------------------------------------------------- two replicas
# A short lease, a fast heartbeat and poller, so that a dead replica's job is taken over in seconds.
start_replica() { # <name> <port>
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" OIDC_URL="$KC" HTTP_PORT="$2" \
    XIANAN_JOBS_INSTANCE_ID="replica-$1" XIANAN_JOBS_LEASE=PT3S XIANAN_JOBS_HEARTBEAT_EVERY=1s XIANAN_JOBS_POLL_EVERY=1s \
    setsid java -Xmx384m -jar "$JAR" >"$XIANAN_CACHE/replica-$1.log" 2>&1 &
  PID[$1]=$!
}
wait_ready() { # <name> <port>
  for i in $(seq 1 180); do
    kill -0 "${PID[$1]}" 2>/dev/null || fail "replica $1 stopped while starting"
    curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  fail "replica $1 did not become ready on $2"
}
say "Two API replicas on $A_PORT and $B_PORT, database $DB"
start_replica a "$A_PORT"
wait_ready a "$A_PORT" # the first one migrates the database; then the second
start_replica b "$B_PORT"
wait_ready b "$B_PORT"
ok "both ready"

# ---------------------------------------------------------------------------------- the balancer
mkdir -p "$WORK/nginx/tmp"
chmod 755 "$WORK" "$WORK/nginx"
chmod 777 "$WORK/nginx/tmp" # nginx workers run as an unprivileged user when started as root
cat > "$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
  log_format upstream '\$request_method \$uri \$status \$upstream_addr';
  access_log $WORK/nginx/access.log upstream;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  client_max_body_size 60m;
  client_body_buffer_size 64m;
  # Round robin (nginx's default), no stickiness: consecutive requests alternate between the replicas.
  upstream api {
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=2s;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://api;
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
"$NGINX" -t -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/test.log" || { cat "$WORK/nginx/test.log"; fail "nginx configuration"; }
"$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "$LB/q/health/ready" && break; sleep 0.1; done
curl -fs -o /dev/null "$LB/q/health/ready" || fail "nginx does not answer on $LB_PORT"
ok "nginx on $LB_PORT, round robin over $A_PORT and $B_PORT"

# ---------------------------------------------------------------------------------- helpers
token() {
  curl -fs -d grant_type=password -d client_id=api-tests -d username="$1" -d password=demo "$KC/protocol/openid-connect/token" | jq -r .access_token
}
STAFF=$(token federation-staff)
LEAD=$(token federation-lead)
HRSS_STAFF=$(token hrss-staff)
HRSS_APPROVER=$(token hrss-approver)
ADMIN=$(token admin)
for t in "$STAFF" "$LEAD" "$HRSS_STAFF" "$HRSS_APPROVER" "$ADMIN"; do [[ -n "$t" && "$t" != null ]] || fail "no token from Keycloak"; done

# call <token> <method> <path> [curl args...]: sets STATUS and LAST_UPSTREAM (the replica nginx chose), body in $WORK/body;
# every call is listed in $WORK/upstreams with the replica that answered it
call() {
  local tok="$1" method="$2" path="$3"; shift 3
  STATUS=$(curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $tok" "$@" "$LB$path") || STATUS=000
  LAST_UPSTREAM=$(tr -d '\r' <"$WORK/headers" | awk -F': ' 'tolower($1)=="x-upstream" {print $2}' | tail -1)
  LAST_UPSTREAM=${LAST_UPSTREAM:-none}
  echo "$method $path $STATUS $LAST_UPSTREAM" >>"$WORK/upstreams"
}
expect() { # <expected status> <token> <method> <path> [curl args...]
  local want="$1"; shift
  call "$@"
  [[ "$STATUS" == "$want" ]] || fail "$2 $3: status $STATUS, expected $want — $(head -c 400 "$WORK/body")"
}
both_answered() { # <path regex>: the requests matching it were answered by both replicas
  local seen
  seen=$(grep -E " $1 " "$WORK/upstreams" | awk '{print $4}' | sort -u | grep -cE ":($A_PORT|$B_PORT)$" || true)
  [[ "$seen" == 2 ]] || { cat "$WORK/upstreams" >&2; fail "requests for $1 were not answered by both replicas"; }
}
: >"$WORK/upstreams"

credit_code() { # a valid 统一社会信用代码 (GB 32100 check character) from a number
  python3 - "$1" <<'PY'
import sys
A = "0123456789ABCDEFGHJKLMNPQRTUWXY"; W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
f = "91421202MA%07d" % (int(sys.argv[1]) % 10_000_000)
c = 31 - sum(A.index(ch) * w for ch, w in zip(f, W)) % 31
print(f + A[0 if c == 31 else c])
PY
}
worker_csv() { # <file> <rows> <credit code> <first serial> [bad rows]: valid generated workers (area 421298), then bad rows
  python3 - "$@" <<'PY'
import sys, datetime
path, n, code, first = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
bad = int(sys.argv[5]) if len(sys.argv) > 5 else 0
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; C = "10X98765432"
with open(path, "w", encoding="utf-8") as f:
    f.write("身份证号,姓名,文化程度,月工资,技能等级,工种,农业户口,外来务工,工会会员,党员,手机号,企业统一社会信用代码,入职日期\n")
    for i in range(first, first + n):
        d = datetime.date(1970, 1, 1) + datetime.timedelta(days=i // 400)
        first17 = "421298" + d.strftime("%Y%m%d") + "%03d" % (i % 400 * 2 + 1)
        idn = first17 + C[sum(int(a) * b for a, b in zip(first17, W)) % 11]
        f.write(f"{idn},副本{i},高中及中专,{3000 + i % 2000}.00,中级工,挡车工,是,否,是,否,139{i:08d},{code},2024-01-01\n")
    for j in range(bad):
        f.write(f"421298199001011235,坏行{j},博士,abc,普工,,也许,否,是,否,,{code},2024-01-01\n")
PY
}
wait_import() { # <job id> <seconds>: polls through the balancer until the job ends; sets ENDED to its final status
  local id="$1" status=""
  for _ in $(seq 1 $(($2 * 4))); do
    expect 200 "$STAFF" GET "/api/v1/imports/$id"
    status=$(jq -r .status "$WORK/body")
    case "$status" in
      VALIDATED | SUCCEEDED | FAILED)
        ENDED="$status"
        for _ in 1 2; do # the end as each replica tells it (round robin: the next two requests go to both)
          expect 200 "$STAFF" GET "/api/v1/imports/$id"
          [[ $(jq -r .status "$WORK/body") == "$ENDED" ]] || fail "import $id: $LAST_UPSTREAM says $(jq -r .status "$WORK/body"), not $ENDED"
        done
        return 0 ;;
    esac
    sleep 0.25
  done
  fail "import $id did not end within $2 s (status $status)"
}

# ---------------------------------------------------------------------------------- 1. an import followed on both
say "1. An import uploaded through the balancer and followed on both replicas to its end"
CODE=$(credit_code "$RANDOM$RANDOM")
expect 201 "$STAFF" POST /api/v1/enterprises -H 'Content-Type: application/json' -d "{\"creditCode\":\"$CODE\",\"name\":\"副本验证企业\",
  \"industryCode\":\"textiles\",\"ownership\":\"NON_PUBLIC\",\"size\":\"SMALL\",\"inDevZone\":true,\"hasUnion\":true,\"hasPartyOrg\":true}"
ENTERPRISE=$(jq -r .id "$WORK/body")

# the workforce statistics before the write, answered by both replicas (each caches its answer)
stats_total() { jq -r '.total // "null"' "$WORK/body"; }
expect 200 "$LEAD" GET /api/v1/statistics/workforce
BEFORE=$(stats_total)
expect 200 "$LEAD" GET /api/v1/statistics/workforce
[[ "$(stats_total)" == "$BEFORE" && "$BEFORE" != null ]] || fail "the two replicas disagree on the statistics before the write"
both_answered /api/v1/statistics/workforce
ok "statistics before the import: total $BEFORE on both replicas"

worker_csv "$WORK/dry.csv" 20000 "$CODE" 100000 2
expect 202 "$STAFF" POST "/api/v1/imports/workers?dryRun=true" -F "file=@$WORK/dry.csv;type=text/csv"
DRY=$(jq -r .id "$WORK/body")
UPLOADED_TO=$LAST_UPSTREAM
wait_import "$DRY" 60
[[ $ENDED == VALIDATED ]] || fail "the dry run did not end VALIDATED"
both_answered "/api/v1/imports/$DRY"
ok "dry run $DRY (20,002 rows) uploaded to $UPLOADED_TO, progress answered by both replicas ($(grep -c " /api/v1/imports/$DRY " "$WORK/upstreams") polls), VALIDATED"
[[ $(jq -r .errorCount "$WORK/body") -ge 2 ]] || fail "the dry run found no errors"
for _ in 1 2; do # consecutive requests: round robin sends them to both replicas
  expect 200 "$STAFF" GET "/api/v1/imports/$DRY/errors"
  [[ $(jq '.items | length' "$WORK/body") -ge 2 ]] || fail "no error rows on $LAST_UPSTREAM"
done
both_answered "/api/v1/imports/$DRY/errors"
for _ in 1 2; do
  expect 200 "$STAFF" GET "/api/v1/imports/$DRY/errors.xlsx"
  [[ $(head -c 2 "$WORK/body") == PK ]] || fail "the error workbook from $LAST_UPSTREAM is not an xlsx"
  unzip -p "$WORK/body" 2>/dev/null | grep -q "坏行0" || fail "the error workbook from $LAST_UPSTREAM lacks the bad row"
done
both_answered "/api/v1/imports/$DRY/errors.xlsx"
ok "error list and error workbook answered by both replicas"
[[ $("${PSQL[@]}" -c "select count(*) from background_job b join import_job i on i.background_job_id = b.id where i.id = $DRY and b.input is null") == 1 ]] \
  || fail "the dry run's upload is still stored after its end"
ok "the upload's bytes were deleted from the database when the job ended"

worker_csv "$WORK/real.csv" 40 "$CODE" 0
expect 202 "$STAFF" POST "/api/v1/imports/workers?dryRun=false" -F "file=@$WORK/real.csv;type=text/csv"
REAL=$(jq -r .id "$WORK/body")
wait_import "$REAL" 60
[[ $ENDED == SUCCEEDED ]] || fail "the real import did not succeed: $(cat "$WORK/body")"
[[ $(jq -r .rowsCreated "$WORK/body") == 40 ]] || fail "the real import did not create 40 workers"
ok "real import $REAL: 40 workers created"

# ---------------------------------------------------------------------------------- 2. statistics after the write
say "2. The statistics on both replicas reflect the write made by the job (one replica) at once"
for _ in 1 2; do
  expect 200 "$LEAD" GET /api/v1/statistics/workforce
  [[ "$(stats_total)" == "$((BEFORE + 40))" ]] || fail "statistics on $LAST_UPSTREAM: total $(stats_total), expected $((BEFORE + 40)) after the import"
done
both_answered /api/v1/statistics/workforce
ok "total $((BEFORE + 40)) on both replicas"

# ---------------------------------------------------------------------------------- 3. evidence
say "3. Evidence of a subsidy application uploaded to one replica, downloaded from both"
expect 201 "$HRSS_APPROVER" POST /api/v1/funds -H 'Content-Type: application/json' \
  -d '{"year":2026,"source":"EMPLOYMENT_SUBSIDY","name":"副本验证资金","budget":"100000.00"}'
FUND=$(jq -r .id "$WORK/body")
expect 201 "$HRSS_APPROVER" POST /api/v1/subsidy-programmes -H 'Content-Type: application/json' \
  -d "{\"kind\":\"WORK_FOR_TRAINING\",\"name\":\"副本验证项目\",\"fundId\":$FUND,\"amountPerTrainee\":\"500.00\"}"
PROGRAMME=$(jq -r .id "$WORK/body")
TRAINEE=$("${PSQL[@]}" -c "select id from worker where name = '副本0'")
[[ -n "$TRAINEE" ]] || fail "no imported worker to train"
expect 201 "$HRSS_STAFF" POST /api/v1/subsidy-applications -H 'Content-Type: application/json' \
  -d "{\"enterpriseId\":$ENTERPRISE,\"programmeId\":$PROGRAMME,\"trainees\":[$TRAINEE],\"trainingStart\":\"2026-03-01\",\"trainingEnd\":\"2026-05-31\"}"
APPLICATION=$(jq -r .id "$WORK/body")
printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' >"$WORK/evidence.pdf"
expect 201 "$HRSS_STAFF" POST "/api/v1/subsidy-applications/$APPLICATION/attachments" -F "file=@$WORK/evidence.pdf;type=application/pdf"
ATTACHMENT=$(jq -r .id "$WORK/body")
ok "evidence $ATTACHMENT stored through $LAST_UPSTREAM"
WANT=$(sha256sum <"$WORK/evidence.pdf" | cut -d' ' -f1)
for _ in 1 2; do
  expect 200 "$HRSS_STAFF" GET "/api/v1/subsidy-applications/$APPLICATION/attachments/$ATTACHMENT"
  [[ $(sha256sum <"$WORK/body" | cut -d' ' -f1) == "$WANT" ]] || fail "the evidence from $LAST_UPSTREAM differs from the upload"
done
both_answered "/api/v1/subsidy-applications/$APPLICATION/attachments/$ATTACHMENT"
ok "the same bytes from both replicas"

# ---------------------------------------------------------------------------------- 4. daily check once
say "4. The daily task check triggered on both replicas at the same moment runs once"
TODAY=$(TZ=Asia/Shanghai date +%F)
"${PSQL[@]}" -c "delete from scheduled_run where job_name = 'reform-task-daily-check'" >/dev/null # the schedule never ran on this fresh database
TRIGGERS=()
for port in $A_PORT $B_PORT; do # straight to each replica, so that each surely gets one
  curl -s -o "$WORK/daily-$port.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $LEAD" "http://127.0.0.1:$port/api/v1/tasks/daily-check" >"$WORK/daily-$port.status" &
  TRIGGERS+=($!)
done
wait "${TRIGGERS[@]}" || true
for port in $A_PORT $B_PORT; do
  [[ $(cat "$WORK/daily-$port.status") == 200 ]] || fail "daily check on $port: $(cat "$WORK/daily-$port.status") $(cat "$WORK/daily-$port.json")"
done
RAN=$(cat "$WORK/daily-$A_PORT.json" "$WORK/daily-$B_PORT.json" | jq -s '[.[] | select(.ranNow)] | length')
[[ "$RAN" == 1 ]] || fail "the daily check ran $RAN times: $(cat "$WORK/daily-$A_PORT.json" "$WORK/daily-$B_PORT.json")"
[[ $("${PSQL[@]}" -c "select count(*) from scheduled_run where job_name = 'reform-task-daily-check' and period = '$TODAY'") == 1 ]] \
  || fail "not exactly one scheduled_run row for today's check"
BY=$("${PSQL[@]}" -c "select claimed_by from scheduled_run where job_name = 'reform-task-daily-check' and period = '$TODAY'")
ok "ran once (by $BY); the other replica answered ranNow=false with the same run"
expect 200 "$ADMIN" POST /api/v1/tasks/daily-check
[[ $(jq -r .ranNow "$WORK/body") == false ]] || fail "a later trigger the same day ran the check again"
ok "a later trigger the same day (admin, through the balancer) does not run it again"

# ---------------------------------------------------------------------------------- 5. a replica dies mid-import
say "5. A replica killed (kill -9) while it runs an import: the other resumes it after the lease"
worker_csv "$WORK/large.csv" 60000 "$CODE" 1000
expect 202 "$STAFF" POST "/api/v1/imports/workers?dryRun=false" -F "file=@$WORK/large.csv;type=text/csv"
LARGE=$(jq -r .id "$WORK/body")
OWNER=""
for _ in $(seq 1 200); do
  OWNER=$("${PSQL[@]}" -c "select b.locked_by from background_job b join import_job i on i.background_job_id = b.id where i.id = $LARGE and b.state = 'RUNNING'")
  [[ -n "$OWNER" ]] && break
  sleep 0.05
done
[[ -n "$OWNER" ]] || fail "no replica claimed the large import"
VICTIM=${OWNER#replica-}
SURVIVOR=$([[ $VICTIM == a ]] && echo b || echo a)
sleep 1
[[ $("${PSQL[@]}" -c "select status from import_job where id = $LARGE") =~ ^(QUEUED|VALIDATING|IMPORTING)$ ]] || fail "the large import ended before the crash: make it larger"
kill -9 -- "-${PID[$VICTIM]}"
wait "${PID[$VICTIM]}" 2>/dev/null || true
unset "PID[$VICTIM]"
ok "killed replica $VICTIM (held the job) while import $LARGE was $("${PSQL[@]}" -c "select status from import_job where id = $LARGE")"
wait_import "$LARGE" 240
END=$ENDED
"${PSQL[@]}" -c "select id, state, attempts, locked_by, input is null from background_job b where id = (select background_job_id from import_job where id = $LARGE)" | sed 's/^/  job: /'
[[ "$END" == SUCCEEDED ]] || fail "the interrupted import ended $END: $(jq -r .failureReason "$WORK/body")"
[[ $(jq -r .rowsCreated "$WORK/body") == 60000 ]] || fail "the resumed import created $(jq -r .rowsCreated "$WORK/body") workers, expected 60000"
[[ $("${PSQL[@]}" -c "select attempts from background_job where id = (select background_job_id from import_job where id = $LARGE)") == 2 ]] \
  || fail "the import was not resumed as a second attempt"
[[ $("${PSQL[@]}" -c "select count(*) from background_job where state = 'RUNNING'") == 0 ]] || fail "a job is left RUNNING"
[[ $("${PSQL[@]}" -c "select count(*) from worker where name like '副本%'") == 60040 ]] || fail "workers lost or doubled by the crash"
ok "replica $SURVIVOR resumed import $LARGE after the lease: SUCCEEDED, 60,000 workers, nothing RUNNING, nothing doubled"

say "Requests per replica through the balancer"
cut -d' ' -f4- "$WORK/upstreams" | sort | uniq -c | sed 's/^/  /'
echo
echo "check-replicas: all checks passed"
