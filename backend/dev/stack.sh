#!/usr/bin/env bash
# `make run`: the whole stack on this machine without Docker — PostgreSQL (database xianan),
# Keycloak on 8180 with realm xianan, the API on 8080, the SPA dev server on 5173.
# Ctrl-C stops everything this script started (and nothing else).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"
KC="$ROOT/backend/keycloak/keycloak.sh"
API_PORT="${HTTP_PORT:-8080}"
SPA_PORT=5173
PIDS=()
STARTED_KC=0

cleanup() {
  trap - EXIT INT TERM
  # finish the clean-up even if the terminal (or a pipe) is already gone
  set +e
  trap '' PIPE
  echo
  echo "Stopping the stack…"
  # each part runs in its own process group (setsid), so children (npx → node) stop too
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && { kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; }
  done
  [[ $STARTED_KC == 1 ]] && "$KC" stop || true
  wait 2>/dev/null || true
  echo "Stopped."
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

DB_NAME="xianan"
if [[ -n "${DB_URL:-}" ]]; then DB_NAME="${DB_URL##*/}"; DB_NAME="${DB_NAME%%\?*}"; fi
"$ROOT/backend/dev/postgres.sh" ensure "$DB_NAME"

if "$KC" status >/dev/null 2>&1; then
  echo "Keycloak already answers on 8180: reusing it"
else
  STARTED_KC=1
  "$KC" start
fi

for port in $API_PORT $SPA_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "Port $port is already in use (by: $(ss -ltnp 2>/dev/null | grep ":$port " | sed 's/.*users://')). Stop that process, or set HTTP_PORT for the API." >&2
    exit 1
  fi
done

echo "Starting the API on $API_PORT (log: $XIANAN_CACHE/api.log)"
OIDC_URL="${OIDC_URL:-http://localhost:8180/realms/xianan}" HTTP_PORT="$API_PORT" \
  setsid java ${API_JAVA_OPTS:--Xmx512m} -Dquarkus.profile=dev -jar backend/target/quarkus-app/quarkus-run.jar >"$XIANAN_CACHE/api.log" 2>&1 &
PIDS+=($!)

echo "Starting the SPA on $SPA_PORT (log: $XIANAN_CACHE/spa.log)"
(cd frontend && exec setsid npx vite --port $SPA_PORT --strictPort >"$XIANAN_CACHE/spa.log" 2>&1) &
PIDS+=($!)

for i in $(seq 1 120); do
  if curl -fs "http://localhost:$API_PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "${PIDS[0]}" 2>/dev/null; then tail -40 "$XIANAN_CACHE/api.log"; echo "The API stopped; see above." >&2; exit 1; fi
  sleep 1
done

cat <<TXT

  咸安区产业工人队伍建设改革平台 / Xian'an Industrial Workforce Reform Platform is running:

    Web app (SPA)        http://localhost:$SPA_PORT
    API                  http://localhost:$API_PORT/api/v1   (Swagger UI: http://localhost:$API_PORT/q/swagger-ui)
    Keycloak             http://localhost:8180   (realm xianan; admin console user admin / admin)

  Demo logins (password "demo" for all):
    federation-lead   区总工会  lead, staff, registry-editor, competition-organizer, pii-reader
    federation-staff  区总工会  staff, registry-editor
    hrss-reviewer     区人社局  staff, subsidy-reviewer, competition-organizer
    hrss-approver     区人社局  staff, subsidy-approver
    publicity-staff   区委宣传部 staff      (also scitech-staff, education-staff, ndrc-staff, devzone-staff)
    analyst           —         analyst
    admin             区总工会  admin

  Press Ctrl-C to stop everything started here.
TXT
wait -n "${PIDS[@]}" || true
echo "A part of the stack stopped (logs in $XIANAN_CACHE); stopping the rest."
