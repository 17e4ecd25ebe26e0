#!/usr/bin/env bash
# Generate the deterministic demo registry at any size into a database (never production):
#   backend/dev/demo-data.sh --workers 1000000 --db jdbc:postgresql://127.0.0.1:5432/xianan_bench
# Migrates the schema first; refuses a database that holds real (non-demo) records.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="$ROOT/backend/target/quarkus-app"
[[ -f "$APP/quarkus-run.jar" ]] || (cd "$ROOT/backend" && ./mvnw -B -ntp -q package -DskipTests)
exec java -Xmx4g -cp "$APP/lib/main/*:$APP/app/*" gov.xianan.reform.registry.demo.DemoDataCommand "$@"
