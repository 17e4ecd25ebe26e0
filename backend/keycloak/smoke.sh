#!/usr/bin/env bash
# Smoke test of the DEV realm "xianan": obtains real tokens from a running Keycloak and checks
# their claims (audience, department, realm roles, azp, lifespan). Exits non-zero on any failure.
#
#   backend/keycloak/smoke.sh            uses KC_PORT (default 8180)
#   KC_PORT=8181 backend/keycloak/smoke.sh
#   KC_SMOKE_START=1 ...                 start the instance first (keycloak.sh start; honours KC_INSTANCE)
#
# Needs curl and python3 (for base64url/JSON), nothing else.
set -euo pipefail

KC_PORT="${KC_PORT:-8180}"
BASE="http://localhost:$KC_PORT/realms/xianan"
TOKEN_URL="$BASE/protocol/openid-connect/token"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
API_AUD="xianan-api"

if [[ "${KC_SMOKE_START:-0}" == "1" ]]; then
  KC_PORT="$KC_PORT" "$SCRIPT_DIR/keycloak.sh" start
fi

# Static lint first: Keycloak silently CREATES a role that a user lists but the realm does not
# declare, and silently drops undeclared user attributes, so typos would not fail the import.
python3 - "$SCRIPT_DIR/xianan-realm.json" <<'PY' || exit 1
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
errors = []
roles = {x["name"] for x in r["roles"]["realm"]} | {"default-roles-" + r["realm"], "offline_access", "uma_authorization"}
groups = {"/" + g["name"]: g for g in r.get("groups", [])}
profile = json.loads(r["components"]["org.keycloak.userprofile.UserProfileProvider"][0]["config"]["kc.user.profile.config"][0])
declared = {a["name"] for a in profile["attributes"]}
clients = {c["clientId"] for c in r["clients"]}
for u in r["users"]:
    name = u["username"]
    for role in u.get("realmRoles", []):
        if role not in roles:
            errors.append(f"user {name}: undeclared realm role {role}")
    if "default-roles-" + r["realm"] not in u.get("realmRoles", []):
        errors.append(f"user {name}: lacks default-roles-{r['realm']}")
    for a in u.get("attributes", {}):
        if a not in declared:
            errors.append(f"user {name}: attribute {a} not declared in the user profile")
    for g in u.get("groups", []):
        if g not in groups:
            errors.append(f"user {name}: unknown group {g}")
    dep = u.get("attributes", {}).get("department", [None])[0]
    if dep and "/" + dep not in u.get("groups", []):
        errors.append(f"user {name}: department {dep} but not in group /{dep}")
    sa = u.get("serviceAccountClientId")
    if sa and sa not in clients:
        errors.append(f"user {name}: service account of unknown client {sa}")
for path, g in groups.items():
    if g.get("attributes", {}).get("department") != [g["name"]]:
        errors.append(f"group {path}: attribute department must be [{g['name']}]")
for e in errors:
    print("  FAIL realm lint: " + e, file=sys.stderr)
print("smoke: realm lint " + ("FAILED" if errors else "ok"))
sys.exit(1 if errors else 0)
PY

if ! curl -fsS --max-time 5 "$BASE/.well-known/openid-configuration" >/dev/null 2>&1; then
  echo "smoke: realm xianan does not answer on http://localhost:$KC_PORT" >&2
  echo "smoke: start it with: KC_PORT=$KC_PORT backend/keycloak/keycloak.sh start" >&2
  exit 1
fi

FAILS=0
PASSES=0
pass() { PASSES=$((PASSES + 1)); echo "  ok   $*"; }
fail() { FAILS=$((FAILS + 1)); echo "  FAIL $*" >&2; }

# field <json> <python expression on d>  -> prints the value (JSON for lists/dicts, "" when missing)
field() {
  python3 - "$1" "$2" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
try:
    v = eval(sys.argv[2], {}, {"d": d})
except (KeyError, IndexError, TypeError):
    v = None
if v is None:
    print("")
elif isinstance(v, (list, dict)):
    print(json.dumps(v, sort_keys=True))
else:
    print(v)
PY
}

# claims <jwt> -> JSON payload
claims() {
  python3 - "$1" <<'PY'
import base64, json, sys
p = sys.argv[1].split(".")[1]
p += "=" * (-len(p) % 4)
print(json.dumps(json.loads(base64.urlsafe_b64decode(p))))
PY
}

password_grant() { # <client> <user> [scope]
  curl -sS --max-time 15 -X POST "$TOKEN_URL" \
    --data-urlencode grant_type=password --data-urlencode "client_id=$1" \
    --data-urlencode "username=$2" --data-urlencode password=demo \
    ${3:+--data-urlencode "scope=$3"}
}

client_credentials() { # <client> <secret>
  curl -sS --max-time 15 -X POST "$TOKEN_URL" -u "$1:$2" --data-urlencode grant_type=client_credentials
}

# access token claims from a token response, or fail
access_claims() { # <label> <token response>
  local at
  at="$(field "$2" 'd.get("access_token")')"
  if [[ -z "$at" ]]; then
    fail "$1: no access token: $2"
    echo "{}"
    return 0
  fi
  claims "$at"
}

aud_has() { python3 -c 'import json,sys; a=json.loads(sys.argv[1]).get("aud"); a=[a] if isinstance(a,str) else (a or []); sys.exit(0 if sys.argv[2] in a else 1)' "$1" "$2"; }
roles_of() { field "$1" 'sorted(r for r in d.get("realm_access",{}).get("roles",[]) if r not in ("offline_access","uma_authorization") and not r.startswith("default-roles-"))'; }

expect_eq() { # <label> <actual> <expected>
  if [[ "$2" == "$3" ]]; then pass "$1 = $3"; else fail "$1: expected '$3', got '$2'"; fi
}

check_token() { # <label> <claims> <azp> <department or -> <roles json> <aud: yes|no>
  local label="$1" c="$2"
  expect_eq "$label azp" "$(field "$c" 'd.get("azp")')" "$3"
  if [[ "$4" == "-" ]]; then
    if [[ "$(field "$c" '"department" in d')" == "False" ]]; then pass "$label has no department claim"
    else fail "$label must not carry a department claim, got '$(field "$c" 'd.get("department")')'"; fi
  else
    expect_eq "$label department" "$(field "$c" 'd.get("department")')" "$4"
  fi
  expect_eq "$label realm roles" "$(roles_of "$c")" "$5"
  if [[ "$6" == "yes" ]]; then
    if aud_has "$c" "$API_AUD"; then pass "$label aud contains $API_AUD"; else fail "$label aud lacks $API_AUD: $(field "$c" 'd.get("aud")')"; fi
  else
    if aud_has "$c" "$API_AUD"; then fail "$label aud must NOT contain $API_AUD: $(field "$c" 'd.get("aud")')"; else pass "$label aud lacks $API_AUD"; fi
  fi
  expect_eq "$label iss" "$(field "$c" 'd.get("iss")')" "$BASE"
}

echo "smoke: Keycloak realm xianan on http://localhost:$KC_PORT"

echo "federation-lead via api-tests (password grant)"
r="$(password_grant api-tests federation-lead openid)"
c="$(access_claims federation-lead "$r")"
check_token federation-lead "$c" api-tests federation \
  '["competition-organizer", "lead", "pii-reader", "registry-editor", "staff"]' yes
idt="$(field "$r" 'd.get("id_token")')"
if [[ -n "$idt" ]]; then
  expect_eq "federation-lead id_token department" "$(field "$(claims "$idt")" 'd.get("department")')" federation
else
  fail "federation-lead: no id_token for scope=openid"
fi
ui="$(curl -sS --max-time 10 -H "Authorization: Bearer $(field "$r" 'd.get("access_token")')" "$BASE/protocol/openid-connect/userinfo")"
expect_eq "federation-lead userinfo department" "$(field "$ui" 'd.get("department")')" federation

echo "analyst via api-tests"
c="$(access_claims analyst "$(password_grant api-tests analyst)")"
check_token analyst "$c" api-tests - '["analyst"]' yes

echo "publicity-staff via api-tests"
c="$(access_claims publicity-staff "$(password_grant api-tests publicity-staff)")"
check_token publicity-staff "$c" api-tests publicity '["staff"]' yes

echo "hrss-approver via api-tests"
c="$(access_claims hrss-approver "$(password_grant api-tests hrss-approver)")"
check_token hrss-approver "$c" api-tests hrss '["staff", "subsidy-approver"]' yes

echo "hr-system (client credentials)"
c="$(access_claims hr-system "$(client_credentials hr-system hr-system-secret)")"
check_token hr-system "$c" hr-system hrss '["pii-reader", "staff"]' yes

echo "data-platform (client credentials)"
c="$(access_claims data-platform "$(client_credentials data-platform data-platform-secret)")"
check_token data-platform "$c" data-platform - '["analyst"]' yes

echo "api-tests-no-audience"
c="$(access_claims no-audience "$(password_grant api-tests-no-audience federation-staff)")"
check_token no-audience "$c" api-tests-no-audience federation '["registry-editor", "staff"]' no

echo "api-tests-short-lived"
c="$(access_claims short-lived "$(password_grant api-tests-short-lived hrss-reviewer)")"
check_token short-lived "$c" api-tests-short-lived hrss '["competition-organizer", "staff", "subsidy-reviewer"]' yes
expect_eq "short-lived exp-iat" "$(field "$c" 'd["exp"]-d["iat"]')" 2

echo "every demo user logs in (password demo) with the right department"
for pair in federation-lead:federation federation-staff:federation hrss-reviewer:hrss hrss-approver:hrss hrss-staff:hrss \
            publicity-staff:publicity scitech-staff:scitech education-staff:education ndrc-staff:ndrc \
            devzone-staff:devzone analyst:- admin:federation; do
  u="${pair%%:*}" dep="${pair#*:}"
  c="$(access_claims "$u" "$(password_grant api-tests "$u")")"
  got="$(field "$c" 'd.get("department")')"
  [[ "$dep" == "-" ]] && dep=""
  if [[ "$(field "$c" 'd.get("preferred_username")')" == "$u" && "$got" == "$dep" ]]; then pass "$u (department '${dep}')"
  else fail "$u: department '$got', expected '$dep'"; fi
done
c="$(access_claims admin "$(password_grant api-tests admin)")"
expect_eq "admin realm roles" "$(roles_of "$c")" '["admin"]'

echo "normal lifespan"
c="$(access_claims devzone-staff "$(password_grant api-tests devzone-staff)")"
expect_eq "api-tests exp-iat" "$(field "$c" 'd["exp"]-d["iat"]')" 300

echo "negative cases"
r="$(password_grant api-tests federation-lead-nope)"
expect_eq "unknown user" "$(field "$r" 'd.get("error")')" invalid_grant
r="$(client_credentials hr-system wrong-secret)"
e="$(field "$r" 'd.get("error")')"
if [[ "$e" == "unauthorized_client" || "$e" == "invalid_client" ]]; then pass "wrong client secret refused ($e)"; else fail "wrong client secret: $r"; fi
r="$(curl -sS --max-time 15 -X POST "$TOKEN_URL" --data-urlencode grant_type=password --data-urlencode client_id=api-tests \
  --data-urlencode username=federation-lead --data-urlencode password=wrong)"
expect_eq "wrong password" "$(field "$r" 'd.get("error")')" invalid_grant
r="$(password_grant spa federation-lead)"
expect_eq "spa refuses password grant" "$(field "$r" 'd.get("error")')" unauthorized_client

echo "spa: authorization code + PKCE (S256) as the browser does it, locale zh-CN"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
verifier="$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')"
challenge="$(python3 -c 'import base64,hashlib,sys; print(base64.urlsafe_b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode().rstrip("="))' "$verifier")"
redirect="http://localhost:4173/callback"
curl -sS --max-time 15 -c "$tmp/cj" -b "$tmp/cj" -o "$tmp/login.html" -G "$BASE/protocol/openid-connect/auth" \
  --data-urlencode client_id=spa --data-urlencode response_type=code --data-urlencode scope=openid \
  --data-urlencode "redirect_uri=$redirect" --data-urlencode "code_challenge=$challenge" \
  --data-urlencode code_challenge_method=S256 --data-urlencode state=smoke --data-urlencode nonce=smoke
if grep -q 'lang="zh-CN"' "$tmp/login.html"; then pass "login page is zh-CN"; else fail "login page is not zh-CN"; fi
action="$(python3 -c 'import html,re,sys; m=re.search(r"id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"", open(sys.argv[1],encoding="utf-8").read()); print(html.unescape((m.group(1) or m.group(2))) if m else "")' "$tmp/login.html")"
if [[ -z "$action" ]]; then
  fail "spa: no login form"
else
  location="$(curl -sS --max-time 15 -c "$tmp/cj" -b "$tmp/cj" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode username=federation-staff --data-urlencode password=demo "$action")"
  code="$(python3 -c 'import sys,urllib.parse as u; q=u.parse_qs(u.urlparse(sys.argv[1]).query); print(q.get("code",[""])[0])' "$location")"
  if [[ -z "$code" || "$location" != "$redirect"* ]]; then
    fail "spa: login did not redirect with a code: '$location'"
  else
    r="$(curl -sS --max-time 15 -X POST "$TOKEN_URL" --data-urlencode grant_type=authorization_code \
      --data-urlencode client_id=spa --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" \
      --data-urlencode "code_verifier=$verifier")"
    c="$(access_claims spa "$r")"
    check_token spa "$c" spa federation '["registry-editor", "staff"]' yes
  fi
fi
# the browser exchanges the code cross-origin: CORS must allow the SPA origins, and only them
acao="$(curl -sS --max-time 15 -o /dev/null -D - -X OPTIONS "$TOKEN_URL" -H 'Origin: http://localhost:4173' \
  -H 'Access-Control-Request-Method: POST' | tr -d '\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: //p')"
expect_eq "CORS preflight for http://localhost:4173" "$acao" "http://localhost:4173"
acao="$(curl -sS --max-time 15 -o /dev/null -D - -X POST "$TOKEN_URL" -H 'Origin: http://evil.example' \
  --data-urlencode grant_type=authorization_code --data-urlencode client_id=spa --data-urlencode code=x \
  | tr -d '\r' | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: //p')"
expect_eq "no CORS for a foreign origin" "$acao" ""
# a PKCE-less request must be refused by the spa client
pkce_less="$(curl -sS --max-time 15 -o /dev/null -w '%{http_code} %{redirect_url}' -G "$BASE/protocol/openid-connect/auth" \
  --data-urlencode client_id=spa --data-urlencode response_type=code --data-urlencode scope=openid \
  --data-urlencode "redirect_uri=$redirect")"
if [[ "$pkce_less" == *"error=invalid_request"* ]]; then pass "spa refuses a request without PKCE"; else fail "spa accepted a request without PKCE: $pkce_less"; fi

echo
if (( FAILS > 0 )); then
  echo "smoke: $FAILS check(s) FAILED, $PASSES passed" >&2
  exit 1
fi
echo "smoke: all $PASSES checks passed"
