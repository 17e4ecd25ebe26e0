#!/usr/bin/env bash
# The API packaged for a fast start (issue 13, "ready ≤ 3 s after start on the packaged JVM"):
#   1. Quarkus's aot-jar packaging into backend/target/aot-app/ (every class on the JVM's own class
#      path, so that the JDK's AOT cache can hold them all; the default fast-jar loads them through
#      Quarkus's class loader, which the cache cannot serve);
#   2. a training run on JDK 25 (JEP 483/514/515, Project Leyden) against a migrated database and
#      Keycloak: the API starts, answers the reads each kind of user makes (as federation-staff:
#      profile, statistics, the worker list in its four usual forms, a worker, enterprises, tasks,
#      records), and stops; the JVM writes backend/target/aot-app/app.aot as it exits.
# Run it with:  $JDK25/bin/java -XX:AOTCache=app.aot -jar quarkus-run.jar   (in backend/target/aot-app)
# The cache is only used by the same JDK build that wrote it (the JVM ignores it otherwise and starts
# as usual), so build it where the image's JDK is the same. Not part of `make test`.
#
#   backend/dev/package-aot.sh [database]   (default xianan_bench; needs the test Keycloak on 8181)
#   JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 SKIP_PACKAGE=1 backend/dev/package-aot.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
mkdir -p "$XIANAN_CACHE"
DB="${1:-xianan_bench}"
KC_PORT="${BENCH_KC_PORT:-8181}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT=8099
APP=backend/target/aot-app
LOG="$XIANAN_CACHE/package-aot.log"
[[ -x $JDK25/bin/java ]] || { echo "no JDK 25 at $JDK25 (JDK25=...)" >&2; exit 2; }
if [[ -z "${SKIP_PACKAGE:-}" ]]; then
  (cd backend && ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot-app)
fi
[[ -f $APP/quarkus-run.jar ]] || { echo "no $APP/quarkus-run.jar" >&2; exit 1; }
curl -fs "http://localhost:$KC_PORT/realms/xianan/.well-known/openid-configuration" >/dev/null \
  || KC_INSTANCE=test KC_PORT=$KC_PORT backend/keycloak/keycloak.sh start
psql -h 127.0.0.1 -U postgres -d "$DB" -Atqc "select 1 from flyway_schema_history limit 1" >/dev/null \
  || { echo "database $DB is not migrated (start the API on it once, or run demo-data.sh)" >&2; exit 2; }

rm -f "$APP/app.aot"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" OIDC_URL="http://localhost:$KC_PORT/realms/xianan" HTTP_PORT=$PORT \
  setsid "$JDK25/bin/java" -XX:AOTCacheOutput="$APP/app.aot" -Xmx256m -XX:+UseSerialGC -jar "$APP/quarkus-run.jar" >"$LOG" 2>&1 &
PID=$!
trap 'kill -- "-$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "http://localhost:$PORT/q/health/ready" >/dev/null || { echo "the API did not start (see $LOG)" >&2; exit 1; }
TOKEN=$(curl -fs -d grant_type=password -d client_id=api-tests -d username=federation-staff -d password=demo \
  "http://localhost:$KC_PORT/realms/xianan/protocol/openid-connect/token" | jq -r .access_token)
WORKER=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atqc "select min(id) from worker")
for round in 1 2 3; do
  for path in me statistics/workforce "workers?size=20" "workers?size=20&industry=electromechanical&skillLevel=NONE" \
      "workers?size=20&q=%E7%8E%8B" "workers?size=20&sort=name" "workers/$WORKER" enterprises tasks "records?kind=PUBLICITY_SESSION"; do
    curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/$path" || true
  done
done
kill -TERM "$PID"; while kill -0 "$PID" 2>/dev/null; do sleep 0.2; done
trap - EXIT
[[ -s $APP/app.aot ]] || { echo "no AOT cache written (see $LOG)" >&2; exit 1; }
echo "$APP/app.aot: $(du -m "$APP/app.aot" | cut -f1) MB, for $("$JDK25/bin/java" -version 2>&1 | head -1)"
