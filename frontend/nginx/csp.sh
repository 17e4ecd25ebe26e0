#!/bin/sh
# Prints the web app's Content-Security-Policy for the API and Keycloak origins it talks to.
# One source for every server of the built app: the nginx image (40-runtime-config.sh writes it
# into /etc/nginx/snippets/csp.conf at container start) and `vite preview` in the end-to-end
# tests (backend/dev/e2e.sh passes it as SPA_CSP), so the journeys run under the real policy.
#   API_URL       default http://localhost:8080
#   KEYCLOAK_URL  default http://localhost:8180
# Why each part: scripts and styles only from the app itself (antd writes <style> elements, hence
# 'unsafe-inline' for styles only); XHR/fetch to the API and Keycloak (token refresh); Keycloak's
# login page is a navigation, not a frame, but form-action covers the logout form; downloads are
# blob: URLs; nothing may frame the app except itself; no plugins; no <base> tricks.
set -eu
origin() { # scheme://host[:port] of a URL, nothing after it
  printf '%s' "$1" | sed -E 's#^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+).*#\1#'
}
api="$(origin "${API_URL:-http://localhost:8080}")"
kc="$(origin "${KEYCLOAK_URL:-http://localhost:8180}")"
printf "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' %s %s; frame-src 'self' %s; form-action 'self' %s; frame-ancestors 'self'; base-uri 'self'; object-src 'none'" \
  "$api" "$kc" "$kc" "$kc"
