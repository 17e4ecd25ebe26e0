#!/usr/bin/env bash
# `make test`: every suite of the project, against real parts — PostgreSQL (database
# xianan_test / xianan_e2e, never the one `make run` uses), a real Keycloak started here on port
# 8181, the packaged API and the built SPA in Debian's chromium. It installs what a fresh Debian
# machine lacks when it runs as root, and it fails if any suite fails, is missing, or skipped tests.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"

KC="$ROOT/backend/keycloak/keycloak.sh"
PG="$ROOT/backend/dev/postgres.sh"
TEST_KC_PORT="${TEST_KC_PORT:-8181}"
TEST_KC_INSTANCE="${TEST_KC_INSTANCE:-test}"
STARTED_KC=0

stage() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[1;31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }

cleanup() {
  local rc=$?
  if [[ $STARTED_KC == 1 ]]; then
    KC_INSTANCE=$TEST_KC_INSTANCE KC_PORT=$TEST_KC_PORT "$KC" stop >/dev/null 2>&1 || true
  fi
  exit $rc
}
trap cleanup EXIT INT TERM

# ---------------------------------------------------------------------------------------------
stage "System packages (chromium, fonts-wqy-microhei, nginx, python3-yaml)"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
python3 -c 'import yaml' >/dev/null 2>&1 || missing+=(python3-yaml)
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    fail "missing system packages: ${missing[*]} — run: sudo apt-get install -y ${missing[*]}"
  fi
fi
echo "chromium: $(command -v chromium)"

stage "Keycloak (test instance on port $TEST_KC_PORT, started in the background)"
"$KC" install
if KC_INSTANCE=$TEST_KC_INSTANCE KC_PORT=$TEST_KC_PORT "$KC" status >/dev/null 2>&1; then
  echo "a test Keycloak answers on $TEST_KC_PORT: reused, or restarted by keycloak.sh when the realm file changed"
else
  STARTED_KC=1
fi
# keycloak.sh start returns at once for a running instance with the current realm, re-imports a
# stale one (a realm user added since it started), and starts a stopped one.
(KC_INSTANCE=$TEST_KC_INSTANCE KC_PORT=$TEST_KC_PORT "$KC" start >"$XIANAN_CACHE/keycloak-$TEST_KC_INSTANCE-start.log" 2>&1) &
KC_START_JOB=$!

stage "Frontend dependencies (npm ci when package-lock.json changed)"
if [[ ! -f frontend/node_modules/.package-lock.json || frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]]; then
  (cd frontend && npm ci --no-audit --no-fund)
else
  echo "node_modules is current"
fi

stage "Frontend: typecheck, lint, unit tests"
(cd frontend && npm run -s typecheck && npm run -s lint && npm test --silent)

stage "OpenAPI contract: no unallowed breaking change against the previous committed document, Redocly lint (backend/dev/openapi.sh check, seconds)"
python3 "$ROOT/backend/dev/openapi-breaking.py" --self-test
"$ROOT/backend/dev/openapi.sh" check

stage "Database xianan_test"
"$PG" ensure xianan_test

wait "$KC_START_JOB" || { cat "$XIANAN_CACHE/keycloak-$TEST_KC_INSTANCE-start.log"; fail "test Keycloak did not start"; }
stage "Keycloak realm smoke test (tokens, claims, audiences)"
KC_PORT=$TEST_KC_PORT "$ROOT/backend/keycloak/smoke.sh"

stage "Production realm: current, safe, and accepted by the real Keycloak (imported as a scratch realm)"
python3 "$ROOT/backend/keycloak/prod-realm.py" check
python3 "$ROOT/backend/keycloak/prod-realm.py" live "http://localhost:$TEST_KC_PORT"

stage "Backend: @QuarkusTest suites incl. the security contract against the real Keycloak"
rm -rf backend/target/surefire-reports
(cd backend && TEST_OIDC_URL="http://localhost:$TEST_KC_PORT/realms/xianan" ./mvnw -B -ntp verify)
python3 - <<'PY'
import glob, sys, xml.etree.ElementTree as ET
tests = skipped = 0
for f in glob.glob("backend/target/surefire-reports/TEST-*.xml"):
    r = ET.parse(f).getroot()
    tests += int(r.get("tests", 0)); skipped += int(r.get("skipped", 0))
print(f"backend: {tests} tests, {skipped} skipped")
if tests == 0 or skipped:
    sys.exit("backend suite ran no tests or skipped some")
PY

stage "Frontend: generated API types are current, production build"
(cd frontend && npm run -s check:api && npm run -s build && npm run -s check:bundle)

stage "Web server: the built SPA through Debian's nginx with the image's configuration (security headers, CSP)"
frontend/nginx/check-nginx.sh

stage "Deployment files (docker-compose.yml consistent with the README)"
"$ROOT/backend/dev/check-compose.sh"

stage "Kubernetes manifests (backend/deploy/kubernetes consistent with the API's configuration, images, ports and realm; the check catches breaks)"
python3 "$ROOT/backend/dev/check-kubernetes.py" --self-test

stage "End to end: packaged API on 8090 + built SPA on 4173 + Keycloak, in chromium (backend/dev/e2e.sh)"
TEST_KC_PORT=$TEST_KC_PORT "$ROOT/backend/dev/e2e.sh"

stage "Backup and restore: make backup / make restore on a scratch database, realm from the test Keycloak (backend/dev/check-backup.sh)"
TEST_KC_PORT=$TEST_KC_PORT "$ROOT/backend/dev/check-backup.sh"

stage "Read replica: statistics served by a real streaming replica on 55443, writes on the primary on 55442 (backend/dev/check-read-replica.sh)"
TEST_KC_PORT=$TEST_KC_PORT "$ROOT/backend/dev/check-read-replica.sh"

stage "Outage: PostgreSQL restarted and stopped under load (own cluster on 55432, packaged API on 8311): 503 + Retry-After, no 500, no lost write"
TEST_KC_PORT=$TEST_KC_PORT "$ROOT/backend/dev/check-outage.sh"

stage "Observability: dashboard and alert rules use only metrics the API exposes; promtool checks and unit-tests the rules"
python3 "$ROOT/backend/dev/check-observability.py"

stage "Stateless replicas: two packaged APIs behind nginx on 8300 — imports, evidence, statistics, daily check once, a replica killed mid-import (backend/dev/check-replicas.sh)"
TEST_KC_PORT=$TEST_KC_PORT "$ROOT/backend/dev/check-replicas.sh"

stage "Generated client: the hr-system program built by openapi-generator (java/native) from the OpenAPI document, run against the packaged API on 8412 (backend/dev/check-generated-client.sh, ~1.5 min)"
TEST_KC_PORT=$TEST_KC_PORT "$ROOT/backend/dev/check-generated-client.sh"

stage "All suites passed"
