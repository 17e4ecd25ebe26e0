#!/usr/bin/env bash
# Serves the built SPA (frontend/dist) with the image's own nginx files through Debian's nginx on
# this machine and checks what a browser gets: the security headers (CSP for the configured API
# and Keycloak origins, nosniff, Referrer-Policy, frame-ancestors) on the entry page, on a
# client-side route, on config.js and on a hashed bundle; index.html not cached; a missing
# bundle a 404, never the app. Part of `make test`; no Docker needed.
#   frontend/nginx/check-nginx.sh            (after `npm run build`)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIST="$HERE/../dist"
PORT="${NGINX_CHECK_PORT:-18089}"
command -v nginx >/dev/null || { echo "check-nginx: nginx is not installed (apt-get install nginx)" >&2; exit 1; }
[[ -f "$DIST/index.html" ]] || { echo "check-nginx: $DIST/index.html missing: run npm run build first" >&2; exit 1; }

WORK="$(mktemp -d)"
PID=""
cleanup() {
  [[ -n "$PID" ]] && kill "$PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The image's layout, rooted in the work directory: html/ (a copy of dist), snippets/, conf.
mkdir -p "$WORK/html" "$WORK/snippets" "$WORK/logs"
chmod 755 "$WORK"   # nginx workers run as an unprivileged user when started as root
cp -r "$DIST/." "$WORK/html/"
chmod -R a+rX "$WORK/html"
cp "$HERE/security-headers.conf" "$WORK/snippets/security-headers.conf"
sed -i "s#/etc/nginx/snippets/#$WORK/snippets/#g" "$WORK/snippets/security-headers.conf"
API_URL="https://api.reform.example.gov.cn/" KEYCLOAK_URL="https://id.reform.example.gov.cn" \
  APP_CONFIG_FILE="$WORK/html/config.js" CSP_SNIPPET_FILE="$WORK/snippets/csp.conf" CSP_SCRIPT="$HERE/csp.sh" \
  sh "$HERE/40-runtime-config.sh" >/dev/null
sed -e "s#listen 80;#listen 127.0.0.1:$PORT;#" -e '/listen \[::\]:80;/d' \
    -e "s#root /usr/share/nginx/html;#root $WORK/html;#" \
    -e "s#/etc/nginx/snippets/#$WORK/snippets/#g" "$HERE/default.conf" > "$WORK/site.conf"
cat > "$WORK/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $WORK/logs;
  proxy_temp_path $WORK/logs;
  fastcgi_temp_path $WORK/logs;
  uwsgi_temp_path $WORK/logs;
  scgi_temp_path $WORK/logs;
  include $WORK/site.conf;
}
CONF
nginx -t -p "$WORK" -c "$WORK/nginx.conf" 2>"$WORK/logs/test.log" || { cat "$WORK/logs/test.log"; exit 1; }
nginx -p "$WORK" -c "$WORK/nginx.conf" &
PID=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

fail=0
check() { # <path> <expected status> <header regex>...
  local path="$1" want="$2"; shift 2
  local headers status
  headers="$(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT$path")"
  status="$(printf '%s' "$headers" | head -1 | awk '{print $2}')"
  if [[ "$status" != "$want" ]]; then echo "  FAIL $path: status $status, expected $want"; fail=1; return; fi
  for re in "$@"; do
    if ! printf '%s' "$headers" | tr -d '\r' | grep -qiE "$re"; then echo "  FAIL $path: no header matching /$re/"; fail=1; fi
  done
  echo "  ok   $path ($status)"
}
CSP="^Content-Security-Policy: default-src 'self'; script-src 'self'.*connect-src 'self' https://api.reform.example.gov.cn https://id.reform.example.gov.cn;.*frame-ancestors 'self'.*object-src 'none'"
COMMON=("$CSP" '^X-Content-Type-Options: nosniff$' '^Referrer-Policy: strict-origin-when-cross-origin$' '^X-Frame-Options: SAMEORIGIN$')
bundle="$(cd "$WORK/html" && ls assets/*.js | head -1)"
check / 200 "${COMMON[@]}" '^Cache-Control: no-cache'
check /workers/123 200 "${COMMON[@]}"
check /config.js 200 "${COMMON[@]}" '^Cache-Control: no-cache'
check "/$bundle" 200 "${COMMON[@]}" '^Cache-Control: public, max-age=31536000, immutable'
check /assets/no-such-bundle.js 404 '^X-Content-Type-Options: nosniff$'
grep -q 'apiUrl: "https://api.reform.example.gov.cn"' "$WORK/html/config.js" || { echo "  FAIL config.js not written"; fail=1; }
[[ $fail == 0 ]] && echo "check-nginx: Debian nginx $(nginx -v 2>&1 | sed 's#.*/##') serves the app with its security headers"
exit $fail
