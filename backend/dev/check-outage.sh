#!/usr/bin/env bash
# PostgreSQL restarted and stopped under load: the packaged API answers every request it cannot
# serve with 503 problem+json and Retry-After (never 500), loses no acknowledged write, half-applies
# none, reports readiness DOWN and liveness UP while the database is away, and serves again by
# itself afterwards — no restart of the API.
#
# It initdb's its own PostgreSQL 15 cluster (Debian's binaries, /usr/lib/postgresql/15/bin) in a
# temporary directory on port $OUTAGE_PG_PORT (55432), starts the packaged API
# (backend/target/quarkus-app, built by `make test` before this stage) on $OUTAGE_API_PORT (8311)
# against it and the test Keycloak ($TEST_KC_PORT, 8181), and runs a load of concurrent clients
# (Python 3 standard library: reads, worker creations with unique ID numbers, versioned updates)
# while it restarts PostgreSQL (pg_ctl restart -m fast), then stops it for a few seconds and starts
# it again. It prints the counts and fails when a rule is broken. It stops only what it started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"
TEST_KC_PORT="${TEST_KC_PORT:-8181}"
OUTAGE_PG_PORT="${OUTAGE_PG_PORT:-55432}"
OUTAGE_API_PORT="${OUTAGE_API_PORT:-8311}"
OUTAGE_SECONDS="${OUTAGE_SECONDS:-28}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
DB=xianan_outage
API_LOG="$XIANAN_CACHE/outage-api.log"

fail() { printf '\033[1;31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
log() { echo "[outage] $*"; }

# ---------------------------------------------------------------- prerequisites
if [[ ! -x "$PG_BIN/initdb" ]]; then
  if [[ $(id -u) == 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  fi
  [[ -x "$PG_BIN/initdb" ]] || fail "no PostgreSQL 15 binaries in $PG_BIN — run: sudo apt-get install -y postgresql-15"
fi
command -v python3 >/dev/null || fail "python3 is needed"
[[ -f backend/target/quarkus-app/quarkus-run.jar ]] || fail "no packaged API: run (cd backend && ./mvnw -B -ntp package -DskipTests)"
curl -fs "http://localhost:$TEST_KC_PORT/realms/xianan" >/dev/null \
  || fail "no Keycloak on $TEST_KC_PORT: run KC_INSTANCE=test KC_PORT=$TEST_KC_PORT backend/keycloak/keycloak.sh start"
for port in $OUTAGE_PG_PORT $OUTAGE_API_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    fail "port $port is already in use (by: $(ss -ltnp 2>/dev/null | grep ":$port " | sed 's/.*users://')); stop that process first"
  fi
done

# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user.
AS_PG=()
if [[ $(id -u) == 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  AS_PG=(runuser -u postgres --)
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/xianan-outage.XXXXXX")"
chmod 755 "$WORK"
[[ ${#AS_PG[@]} -gt 0 ]] && chown postgres "$WORK"
PGDATA="$WORK/data"
API_PID=""
PG_STARTED=0

cleanup() {
  local rc=$?
  if [[ -n "$API_PID" ]]; then
    kill -- "-$API_PID" 2>/dev/null || kill "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  fi
  if [[ $PG_STARTED == 1 ]]; then
    local pm_pid
    pm_pid="$(head -1 "$PGDATA/postmaster.pid" 2>/dev/null || true)"
    (cd "$WORK" && "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1) \
      || { [[ -n "$pm_pid" ]] && kill -QUIT "$pm_pid" 2>/dev/null; } || true
  fi
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT INT TERM

# ---------------------------------------------------------------- own PostgreSQL cluster
log "initdb: a PostgreSQL 15 cluster of its own in $WORK on port $OUTAGE_PG_PORT"
(cd "$WORK" && "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1) \
  || { cat "$WORK/initdb.log"; fail "initdb failed"; }
PG_OPTS="-p $OUTAGE_PG_PORT -c listen_addresses=127.0.0.1 -k $WORK -c fsync=off -c max_connections=60"
PG_CTL=("${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -o "$PG_OPTS")
(cd "$WORK" && "${PG_CTL[@]}" -w start >/dev/null) || { cat "$WORK/postgres.log"; fail "PostgreSQL did not start"; }
PG_STARTED=1
"$PG_BIN/createdb" -h 127.0.0.1 -p "$OUTAGE_PG_PORT" -U postgres "$DB"

# ---------------------------------------------------------------- the packaged API
log "packaged API on $OUTAGE_API_PORT (log: $API_LOG)"
DB_URL="jdbc:postgresql://127.0.0.1:$OUTAGE_PG_PORT/$DB" OIDC_URL="http://localhost:$TEST_KC_PORT/realms/xianan" \
  HTTP_PORT=$OUTAGE_API_PORT setsid java -Xmx384m -jar backend/target/quarkus-app/quarkus-run.jar >"$API_LOG" 2>&1 &
API_PID=$!
for i in $(seq 1 120); do
  kill -0 "$API_PID" 2>/dev/null || { tail -40 "$API_LOG"; fail "the API stopped"; }
  curl -fs "http://localhost:$OUTAGE_API_PORT/q/health/ready" >/dev/null 2>&1 && break
  [[ $i == 120 ]] && { tail -40 "$API_LOG"; fail "the API did not become ready"; }
  sleep 1
done

# ---------------------------------------------------------------- load, restart, stop, count
export API="http://localhost:$OUTAGE_API_PORT" REALM="http://localhost:$TEST_KC_PORT/realms/xianan" OUTAGE_SECONDS \
  PG_PORT="$OUTAGE_PG_PORT" PG_BIN DB PGDATA WORK PG_OPTS AS_PG_CMD="${AS_PG[*]}"
python3 - <<'PY'
import http.client, json, os, shlex, subprocess, sys, threading, time, urllib.parse, urllib.request
from collections import Counter

API = urllib.parse.urlparse(os.environ["API"])
REALM = os.environ["REALM"]
DURATION = float(os.environ["OUTAGE_SECONDS"])
PG_BIN, PGDATA, WORK, PG_OPTS, DB = (os.environ[k] for k in ("PG_BIN", "PGDATA", "WORK", "PG_OPTS", "DB"))
AS_PG = shlex.split(os.environ.get("AS_PG_CMD", ""))
PG_CTL = AS_PG + [f"{PG_BIN}/pg_ctl", "-D", PGDATA, "-l", f"{WORK}/postgres.log", "-o", PG_OPTS]

def token(user):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "api-tests", "username": user, "password": "demo"}).encode()
    with urllib.request.urlopen(REALM + "/protocol/openid-connect/token", data, timeout=10) as r:
        return json.load(r)["access_token"]

TOKEN = token("federation-staff")

# --- results, by phase of the outage
lock = threading.Lock()
phase = "before"
counts = Counter()            # (phase, kind, status)
bad = []                      # rule breaks, described
created_ok, created_503 = {}, {}   # idNumber -> worker id / None
updates = {}                  # worker id -> {"acked": occupation, "unacked": [occupations answered 503 after it]}

def record(kind, status, headers=None, body=b"", ph=None):
    ph = ph or phase   # the phase in which the request was sent
    with lock:
        counts[(ph, kind, status)] += 1
        if status == 503 or status >= 500 or (status >= 400 and status != 503):
            ctype = (headers or {}).get("content-type", "")
            if status != 503:
                bad.append(f"{kind}: status {status} in phase {ph}: {body[:200]!r}")
            elif not ctype.startswith("application/problem+json") or not (headers or {}).get("retry-after"):
                bad.append(f"{kind}: 503 without problem+json or Retry-After ({ctype!r}, {headers.get('retry-after')!r})")

def call(method, path, body=None):
    """One request on a fresh connection: (status, lower-case headers, body); status 0 when the API is unreachable."""
    conn = http.client.HTTPConnection(API.hostname, API.port, timeout=30)
    try:
        hdrs = {"Authorization": "Bearer " + TOKEN, "Accept-Language": "zh-CN"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            hdrs["Content-Type"] = "application/json"
        conn.request(method, path, data, hdrs)
        r = conn.getresponse()
        payload = r.read()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, payload
    except OSError as e:
        return 0, {}, str(e).encode()
    finally:
        conn.close()

# --- valid, unique ID numbers (GB 11643: 17 digits and a check character)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_number(n):
    days = time.gmtime(86400 * (7305 + n // 900))   # a new birth date every 900 numbers from 1990-01-01
    first17 = "421202" + time.strftime("%Y%m%d", days) + "%03d" % (100 + n % 900)
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, W)) % 11]

seq = iter(range(1, 10**6))
seq_lock = threading.Lock()
def next_n():
    with seq_lock:
        return next(seq)

def worker_body(idn, name, occupation=None, version=None):
    b = {"idNumber": idn, "name": name, "education": "SENIOR_HIGH", "monthlyWage": 4200, "skillLevel": "INTERMEDIATE",
         "agriculturalHukou": True, "fromOutside": False, "unionMember": True, "partyMember": False}
    if occupation is not None:
        b["occupation"] = occupation
    if version is not None:
        b["version"] = version
    return b

stop = threading.Event()

def reader():
    paths = ["/api/v1/workers?size=20", "/api/v1/departments", "/api/v1/workers?size=5&sort=name"]
    i = 0
    while not stop.is_set():
        ph = phase
        status, h, b = call("GET", paths[i % len(paths)]); i += 1
        if status == 0:
            with lock: bad.append(f"read: API unreachable: {b[:120]!r}")
            time.sleep(0.5)
            continue
        record("read", status, h, b, ph)
        time.sleep(0.02)

def creator():
    while not stop.is_set():
        n = next_n()
        idn = id_number(n)
        ph = phase
        status, h, b = call("POST", "/api/v1/workers", worker_body(idn, f"断电测试{n}"))
        if status == 0:
            with lock: bad.append(f"create: API unreachable: {b[:120]!r}")
            time.sleep(0.5)
            continue
        record("create", status, h, b, ph)
        with lock:
            if status == 201:
                created_ok[idn] = json.loads(b)["id"]
            elif status == 503:
                created_503[idn] = None
        time.sleep(0.02)

def updater():
    idn = id_number(next_n())
    status, h, b = call("POST", "/api/v1/workers", worker_body(idn, "版本更新测试"))
    assert status == 201, (status, b)
    w = json.loads(b)
    wid, version = w["id"], w["version"]
    updates[wid] = {"acked": None, "unacked": []}
    k = 0
    while not stop.is_set():
        if version is None:   # after an unanswered update: learn the stored version first
            ph = phase
            status, h, b = call("GET", f"/api/v1/workers/{wid}")
            record("read", status, h, b, ph)
            if status == 200:
                version = json.loads(b)["version"]
            else:
                time.sleep(0.2)
            continue
        k += 1
        occupation = f"更新{k}"
        ph = phase
        status, h, b = call("PUT", f"/api/v1/workers/{wid}", worker_body(idn, "版本更新测试", occupation, version))
        if status == 0:
            with lock: bad.append(f"update: API unreachable: {b[:120]!r}")
            time.sleep(0.5)
            continue
        record("update", status, h, b, ph)
        with lock:
            if status == 200:
                updates[wid] = {"acked": occupation, "unacked": []}
                version = json.loads(b)["version"]
            elif status == 503:
                updates[wid]["unacked"].append(occupation)
                version = None
        time.sleep(0.02)

def pg(*args):
    subprocess.run(PG_CTL + list(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, cwd=WORK)

def health(path):
    conn = http.client.HTTPConnection(API.hostname, API.port, timeout=30)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        return r.status, json.loads(r.read() or b"{}").get("status")
    finally:
        conn.close()

threads = [threading.Thread(target=f, daemon=True) for f in [reader, reader, reader, creator, creator, creator, updater, updater]]
t0 = time.time()
for t in threads:
    t.start()

def at(seconds):
    time.sleep(max(0, t0 + seconds - time.time()))

at(DURATION * 0.25)
phase = "restart"
print(f"[outage] {time.time() - t0:5.1f}s pg_ctl restart -m fast", flush=True)
pg("-m", "fast", "-w", "restart")
at(DURATION * 0.5)
phase = "stopped"
print(f"[outage] {time.time() - t0:5.1f}s pg_ctl stop -m fast", flush=True)
stopped_at = time.time()
pg("-m", "fast", "-w", "stop")
ready = health("/q/health/ready")
live = health("/q/health/live")
print(f"[outage] while stopped: /q/health/ready -> {ready[0]} {ready[1]}, /q/health/live -> {live[0]} {live[1]}", flush=True)
if ready != (503, "DOWN"):
    bad.append(f"readiness while PostgreSQL is down: {ready}, expected (503, DOWN)")
if live != (200, "UP"):
    bad.append(f"liveness while PostgreSQL is down: {live}, expected (200, UP)")
time.sleep(max(0, 5 - (time.time() - stopped_at)))
print(f"[outage] {time.time() - t0:5.1f}s pg_ctl start (down {time.time() - stopped_at:.1f}s)", flush=True)
pg("-w", "start")
phase = "recovering"
started_at = time.time()

# recovery, without touching the API: the first success of each kind after the start
deadline = started_at + 60
while time.time() < deadline:
    s_read, _, _ = call("GET", "/api/v1/workers?size=1")
    if s_read == 200 and health("/q/health/ready") == (200, "UP"):
        break
    time.sleep(0.5)
else:
    bad.append("no recovery within 60 s of the database's start")
recovered_in = time.time() - started_at
print(f"[outage] recovered {recovered_in:.1f}s after the start: reads 200, readiness UP", flush=True)
phase = "after"
at(DURATION)
time.sleep(max(0, 3 - (time.time() - started_at - recovered_in)))   # at least 3 s of load after recovery
stop.set()
for t in threads:
    t.join(60)

# --- the database afterwards: every acknowledged write is there, none half-applied
def sql(query):
    out = subprocess.run([f"{PG_BIN}/psql", "-h", "127.0.0.1", "-p", os.environ["PG_PORT"], "-U", "postgres", "-d", DB, "-Atqc", query],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]

rows = {r[0]: (int(r[1]), r[2]) for r in sql(
    "select w.id_number, w.id, coalesce(w.occupation, '') from worker w")}
audited = {int(r[0]) for r in sql("select distinct id from worker_aud where rev_type = 0")}
lost = [i for i in created_ok if i not in rows]
half = [i for i, (wid, _) in rows.items() if wid not in audited]
applied_503 = sum(1 for i in created_503 if i in rows)
for i in created_ok:
    if i in rows and rows[i][0] != created_ok[i]:
        bad.append(f"worker {i}: answered id {created_ok[i]}, stored id {rows[i][0]}")
update_state = []
for wid, u in updates.items():
    stored = sql(f"select coalesce(occupation, ''), (select count(*) from worker_aud a where a.id = w.id and coalesce(a.occupation, '') = coalesce(w.occupation, '')) from worker w where id = {wid}")
    occupation, audit_rows = stored[0][0], int(stored[0][1])
    allowed = ([u["acked"]] if u["acked"] else [""]) + u["unacked"]
    update_state.append(f"worker {wid}: stored {occupation or '(none)'}, last acknowledged {u['acked']}, {len(u['unacked'])} unanswered after it")
    if occupation not in allowed:
        bad.append(f"update lost on worker {wid}: stored {occupation!r}, acknowledged {u['acked']!r}, unacknowledged {u['unacked']}")
    if audit_rows == 0:
        bad.append(f"update half-applied on worker {wid}: no audit revision holds the stored occupation {occupation!r}")
if lost:
    bad.append(f"{len(lost)} workers answered 201 are missing: {lost[:5]}")
if half:
    bad.append(f"{len(half)} workers stored without their audit revision (half-applied): {half[:5]}")

# --- counts
print()
print("[outage] answers by phase (kind: status × count)")
for ph in ["before", "restart", "stopped", "recovering", "after"]:
    line = ", ".join(f"{k} {s}×{n}" for (p, k, s), n in sorted(counts.items()) if p == ph)
    print(f"  {ph:<10} {line or '-'}")
total = sum(counts.values())
by_status = Counter()
for (_, _, s), n in counts.items():
    by_status[s] += n
print(f"[outage] total {total} answers: " + ", ".join(f"{s}×{n}" for s, n in sorted(by_status.items())))
print(f"[outage] 500s: {sum(n for s, n in by_status.items() if s >= 500 and s != 503)}; "
      f"non-2xx other than 503: {sum(n for s, n in by_status.items() if s >= 300 and s != 503)}")
print(f"[outage] creations: {len(created_ok)} answered 201, all stored: {not lost}; {len(created_503)} answered 503, "
      f"{applied_503} of them applied whole (committed before the connection broke), 0 half-applied: {not half}")
for s in update_state:
    print(f"[outage] updates: {s}")
print(f"[outage] recovery: {recovered_in:.1f}s after PostgreSQL's start, same API process")
if by_status.get(503, 0) == 0:
    bad.append("no 503 at all: the load did not meet the outage (nothing was proved)")
if not created_ok:
    bad.append("no creation succeeded")
if sum(n for (p, _, s), n in counts.items() if p == "after" and s // 100 == 2) == 0:
    bad.append("no successful answer after recovery")
if sum(n for (p, _, s), n in counts.items() if p == "after" and s != 200 and s != 201) > 0:
    bad.append("failures after recovery: " + str({(k, s): n for (p, k, s), n in counts.items() if p == "after" and s // 100 != 2}))
if bad:
    print("\n[outage] RULES BROKEN:")
    for b in bad[:30]:
        print("  - " + b)
    sys.exit(1)
print("[outage] OK: no 500, every refusal a 503 problem+json with Retry-After, no lost or half-applied write, readiness DOWN / liveness UP while down, recovery without restart")
PY
kill -0 "$API_PID" 2>/dev/null || fail "the API process died during the outage"
if grep -q 'Unhandled error' "$API_LOG"; then
  grep -m5 -A3 'Unhandled error' "$API_LOG"
  fail "the API logged unhandled errors during the outage"
fi
log "passed"
