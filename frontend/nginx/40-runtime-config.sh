#!/bin/sh
# Runs from the nginx image's /docker-entrypoint.d/ at container start: writes the web app's
# runtime configuration /usr/share/nginx/html/config.js from the environment, so that one
# image serves every environment.
#   API_URL             where the API answers                 (default http://localhost:8080)
#   KEYCLOAK_URL        Keycloak base URL as browsers see it  (default http://localhost:8180)
#   KEYCLOAK_REALM      realm                                 (default xianan)
#   KEYCLOAK_CLIENT_ID  public PKCE client of the app         (default spa)
#   APP_CONFIG_FILE     target file (default /usr/share/nginx/html/config.js; for tests)
#   CSP_SNIPPET_FILE    nginx snippet with the Content-Security-Policy for these origins
#                       (default /etc/nginx/snippets/csp.conf; policy from csp.sh beside it)
set -eu

target="${APP_CONFIG_FILE:-/usr/share/nginx/html/config.js}"

nl='
'
cr="$(printf '\r')"
tab="$(printf '\t')"
check_value() { # <name> <value>: no control characters (they cannot be in a URL or an id)
  case "$2" in
    *"$nl"*|*"$cr"*|*"$tab"*)
      echo "40-runtime-config: $1 contains a control character; refusing to write config.js" >&2
      exit 1 ;;
  esac
}
# JS string literal: escape backslash and double quote (and "</" for good measure)
js_string() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's#</#<\\/#g')"
}

api_url="${API_URL:-http://localhost:8080}"
keycloak_url="${KEYCLOAK_URL:-http://localhost:8180}"
realm="${KEYCLOAK_REALM:-xianan}"
client_id="${KEYCLOAK_CLIENT_ID:-spa}"
# no trailing slash: the app appends paths
api_url="${api_url%/}"
keycloak_url="${keycloak_url%/}"
check_value API_URL "$api_url"
check_value KEYCLOAK_URL "$keycloak_url"
check_value KEYCLOAK_REALM "$realm"
check_value KEYCLOAK_CLIENT_ID "$client_id"

tmp="$target.tmp.$$"
if ! (: > "$tmp") 2>/dev/null; then
  echo "40-runtime-config: cannot write $target (read-only?); keeping the bundled config.js" >&2
  exit 0
fi
{
  echo "// Written at container start by /docker-entrypoint.d/40-runtime-config.sh"
  printf 'window.__APP_CONFIG__ = { apiUrl: %s, keycloakUrl: %s, realm: %s, clientId: %s };\n' \
    "$(js_string "$api_url")" "$(js_string "$keycloak_url")" "$(js_string "$realm")" "$(js_string "$client_id")"
} > "$tmp"
chmod 0644 "$tmp"
mv "$tmp" "$target"
printf '40-runtime-config: %s -> apiUrl=%s keycloakUrl=%s realm=%s clientId=%s\n' \
  "$target" "$api_url" "$keycloak_url" "$realm" "$client_id"

# The Content-Security-Policy names the API and Keycloak origins, so it is written here too.
csp_file="${CSP_SNIPPET_FILE:-/etc/nginx/snippets/csp.conf}"
csp_script="${CSP_SCRIPT:-$(dirname "$0")/csp.sh}"
[ -f "$csp_script" ] || csp_script=/usr/local/share/xianan/csp.sh
policy="$(API_URL="$api_url" KEYCLOAK_URL="$keycloak_url" sh "$csp_script")"
case "$policy" in
  *'"'*) echo "40-runtime-config: the policy contains a double quote; refusing to write it" >&2; exit 1 ;;
esac
if (: > "$csp_file.tmp.$$") 2>/dev/null; then
  printf '# Written at container start by 40-runtime-config.sh (policy from csp.sh)\nadd_header Content-Security-Policy "%s" always;\n' "$policy" > "$csp_file.tmp.$$"
  mv "$csp_file.tmp.$$" "$csp_file"
  echo "40-runtime-config: $csp_file -> $policy"
else
  echo "40-runtime-config: cannot write $csp_file; keeping the image's policy for localhost" >&2
fi
