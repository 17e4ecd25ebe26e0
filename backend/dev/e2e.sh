#!/usr/bin/env bash
# The end-to-end stage of `make test` on its own: the packaged API on port 8090 (database
# xianan_e2e, emptied first) and the built SPA (`vite preview`) on 4173, against the test Keycloak
# on 8181, then Playwright in Debian's chromium. Arguments go to Playwright, so one journey runs
# with e.g. `backend/dev/e2e.sh e2e/subsidies-journey.spec.ts`.
#
# Needs what `make test` builds before this stage: backend/target/quarkus-app (mvnw package),
# frontend/dist (npm run build) and a running test Keycloak
# (KC_INSTANCE=test KC_PORT=8181 backend/keycloak/keycloak.sh start). Stops only what it started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"
TEST_KC_PORT="${TEST_KC_PORT:-8181}"
E2E_API_PORT="${E2E_API_PORT:-8090}"
E2E_SPA_PORT="${E2E_SPA_PORT:-4173}"
E2E_DB="${E2E_DB:-xianan_e2e}"
PIDS=()

fail() { printf '\033[1;31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
cleanup() {
  local rc=$?
  # each service runs in its own process group (setsid), so npx's and java's children go too
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  done
  exit $rc
}
trap cleanup EXIT INT TERM

[[ -f backend/target/quarkus-app/quarkus-run.jar ]] || fail "no packaged API: run (cd backend && ./mvnw -B -ntp package -DskipTests)"
[[ -f frontend/dist/index.html ]] || fail "no built SPA: run (cd frontend && npm run build)"
curl -fs "http://localhost:$TEST_KC_PORT/realms/xianan" >/dev/null \
  || fail "no Keycloak on $TEST_KC_PORT: run KC_INSTANCE=test KC_PORT=$TEST_KC_PORT backend/keycloak/keycloak.sh start"
for port in $E2E_API_PORT $E2E_SPA_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    fail "port $port is already in use (by: $(ss -ltnp 2>/dev/null | grep ":$port " | sed 's/.*users://')); stop that process first"
  fi
done
"$ROOT/backend/dev/postgres.sh" drop-create "$E2E_DB"

DB_URL="jdbc:postgresql://127.0.0.1:5432/$E2E_DB" OIDC_URL="http://localhost:$TEST_KC_PORT/realms/xianan" \
  CORS_ORIGINS="http://localhost:$E2E_SPA_PORT" HTTP_PORT=$E2E_API_PORT \
  setsid java -Xmx384m -jar backend/target/quarkus-app/quarkus-run.jar >"$XIANAN_CACHE/e2e-api.log" 2>&1 &
PIDS+=($!)
cat > frontend/dist/config.js <<JS
window.__APP_CONFIG__ = { apiUrl: "http://localhost:$E2E_API_PORT", keycloakUrl: "http://localhost:$TEST_KC_PORT", realm: "xianan", clientId: "spa" };
JS
# The journeys run under the production Content-Security-Policy (the one nginx serves).
SPA_CSP="$(API_URL="http://localhost:$E2E_API_PORT" KEYCLOAK_URL="http://localhost:$TEST_KC_PORT" sh frontend/nginx/csp.sh)"
(cd frontend && SPA_CSP="$SPA_CSP" exec setsid npx vite preview --port "$E2E_SPA_PORT" --strictPort >"$XIANAN_CACHE/e2e-spa.log" 2>&1) &
PIDS+=($!)
for i in $(seq 1 120); do
  for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$XIANAN_CACHE/e2e-api.log" "$XIANAN_CACHE/e2e-spa.log"; fail "the API or the SPA server stopped"; }
  done
  curl -fs "http://localhost:$E2E_API_PORT/q/health/ready" >/dev/null 2>&1 && curl -fs "http://localhost:$E2E_SPA_PORT/" >/dev/null 2>&1 && break
  [[ $i == 120 ]] && { tail -50 "$XIANAN_CACHE/e2e-api.log"; fail "API or SPA did not come up for the end-to-end tests"; }
  sleep 1
done
curl -fsI "http://localhost:$E2E_SPA_PORT/" | tr -d '\r' | grep -qF "Content-Security-Policy: $SPA_CSP" \
  || fail "the SPA is not served with the Content-Security-Policy of frontend/nginx/csp.sh"

rm -f "$XIANAN_CACHE/e2e-report.json"
status=0
# Without arguments: every project (stubbed + stack, the menu-page and axe-core pass included).
(cd frontend && E2E_BASE_URL="http://localhost:$E2E_SPA_PORT" PLAYWRIGHT_JSON_OUTPUT_NAME="$XIANAN_CACHE/e2e-report.json" \
  npx playwright test --reporter=list,json --forbid-only "$@") || status=$?
if [[ $status != 0 ]]; then
  echo "the API's log: $XIANAN_CACHE/e2e-api.log (last lines below)"
  tail -40 "$XIANAN_CACHE/e2e-api.log"
  # last, so the tail of a CI log says what failed: each failed test's error, shortened
  [[ -f "$XIANAN_CACHE/e2e-report.json" ]] && node -e '
    const walk = (suite, out) => {
      for (const s of suite.suites ?? []) walk(s, out);
      for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) for (const r of t.results ?? [])
        if (r.status !== "passed" && r.status !== "skipped") out.push({ title: `${spec.file}: ${spec.title}`, errors: r.errors ?? [] });
      return out;
    };
    const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const f of report.suites.flatMap((s) => walk(s, []))) {
      console.log(`\nFAILED ${f.title}`);
      for (const e of f.errors) console.log((e.message ?? "").replace(/\x1b\[[0-9;]*m/g, "").split("\n").slice(0, 20).join("\n"));
    }' "$XIANAN_CACHE/e2e-report.json"
  exit $status
fi
node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const s = report.stats;
  // confirmPopconfirm (e2e/support/app.ts) clicks an idle OK a second time and notes it: named here, on a green run too
  const noted = (t) => [...(t.annotations ?? []), ...(t.results ?? []).flatMap((r) => r.annotations ?? [])].some((a) => a.type === "popconfirm-second-click");
  const walk = (suite, out) => {
    for (const c of suite.suites ?? []) walk(c, out);
    for (const spec of suite.specs ?? []) if ((spec.tests ?? []).some(noted)) out.push(`${spec.file}: ${spec.title}`);
    return out;
  };
  const second = report.suites.flatMap((c) => walk(c, []));
  console.log(`e2e: ${s.expected} passed, ${s.unexpected} failed, ${s.skipped} skipped, ${s.flaky} flaky, ${second.length} with a second confirmation click`);
  for (const title of second) console.log(`  second confirmation click: ${title}`);
  if (s.unexpected || s.skipped || s.expected === 0) process.exit(1);' "$XIANAN_CACHE/e2e-report.json"
echo "screenshots: frontend/test-results/"
