#!/usr/bin/env bash
# The committed OpenAPI document (backend/src/main/openapi/openapi.json) — the API's contract.
#
#   backend/dev/openapi.sh update   regenerate it from the code (a build, no database, no Keycloak)
#   backend/dev/openapi.sh check    breaking changes against the previous committed version + Redocly lint
#
# OpenApiContractTest fails while the committed file differs from what the code serves; the
# fix is `update`, reviewed and committed with the change. See docs/integration.md.
set -euo pipefail
BACKEND="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BACKEND/.." && pwd)"
DOC=src/main/openapi/openapi.json

case "${1:-}" in
  update)
    cd "$BACKEND"
    # the build writes the document of the prod profile to target/openapi; an OIDC_URL of this shell
    # would leak into it (openIdConnectUrl), so it is the configured default that goes in
    env -u OIDC_URL ./mvnw -B -ntp -q package -Dmaven.test.skip=true
    python3 - "$BACKEND/target/openapi/openapi.json" "$BACKEND/$DOC" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
PY
    echo "updated backend/$DOC ($(python3 -c "import json;d=json.load(open('$BACKEND/$DOC'));print(sum(len([m for m in p if m in ('get','put','post','delete','patch')]) for p in d['paths'].values()))") operations) — review with git diff and commit it"
    ;;
  check)
    cd "$ROOT"
    python3 "$BACKEND/dev/openapi-breaking.py" "backend/$DOC" --allow "backend/src/main/openapi/allowed-breaks.txt"
    (cd "$ROOT/frontend" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx --no-install redocly lint --config ../backend/src/main/openapi/redocly.yaml "../backend/$DOC")
    ;;
  *)
    echo "usage: $0 update|check" >&2
    exit 2
    ;;
esac
