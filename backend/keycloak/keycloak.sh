#!/usr/bin/env bash
# Run the DEV Keycloak (realm "xianan") on this machine without Docker.
#
#   keycloak.sh install              download Keycloak (once) and unpack it for this instance
#   keycloak.sh start                install if needed, (re)import the realm if it changed, start, wait
#   keycloak.sh wait                 wait until the realm answers (up to KC_WAIT_SECONDS, default 240)
#   keycloak.sh status               is this instance running / answering?
#   keycloak.sh stop                 stop the process this script started (by its PID file)
#   keycloak.sh token <user> [client]  print an access token (password grant, password $KC_PASSWORD or "demo")
#
# Environment:
#   KC_PORT        HTTP port (default 8180; the tests use 8181)
#   KC_MGMT_PORT   management port (default KC_PORT+1000, so two instances never clash)
#   KC_INSTANCE    instance name (default "dev"; the tests use "test"), each has its own state
#   XIANAN_CACHE   cache folder (default ${XDG_CACHE_HOME:-$HOME/.cache}/xianan)
#   KC_REALM_FILE  realm to import (default: xianan-realm.json next to this script)
#   KC_WAIT_SECONDS  how long `wait` polls (default 240)
#   KC_HTTP_HOST   address to listen on (default 127.0.0.1)
#   KC_ADMIN_USER / KC_ADMIN_PASSWORD  master-realm admin created on a fresh import (default admin / admin;
#                  set KC_ADMIN_USER= to create none). DEV ONLY.
set -euo pipefail

KC_VERSION="26.4.7"
KC_PORT="${KC_PORT:-8180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-$((KC_PORT + 1000))}"
KC_INSTANCE="${KC_INSTANCE:-dev}"
XIANAN_CACHE="${XIANAN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xianan}"
KC_WAIT_SECONDS="${KC_WAIT_SECONDS:-240}"
KC_HTTP_HOST="${KC_HTTP_HOST:-127.0.0.1}"
KC_ADMIN_USER="${KC_ADMIN_USER-admin}"
KC_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}"
REALM="xianan"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KC_REALM_FILE="${KC_REALM_FILE:-$SCRIPT_DIR/xianan-realm.json}"

DOWNLOADS="$XIANAN_CACHE/downloads"
DIST_ZIP="$DOWNLOADS/keycloak-quarkus-dist-$KC_VERSION.zip"
DIST_URL="https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
INSTANCE_DIR="$XIANAN_CACHE/keycloak-$KC_INSTANCE"
KC_HOME="$INSTANCE_DIR/keycloak-$KC_VERSION"
PID_FILE="$XIANAN_CACHE/keycloak-$KC_INSTANCE.pid"
LOG_FILE="$XIANAN_CACHE/keycloak-$KC_INSTANCE.log"
HASH_FILE="$KC_HOME/data/realm.sha256"
BASE_URL="http://localhost:$KC_PORT"
WELL_KNOWN="$BASE_URL/realms/$REALM/.well-known/openid-configuration"

log() { echo "[keycloak:$KC_INSTANCE] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

# ---------------------------------------------------------------- install
download_dist() {
  [[ -s "$DIST_ZIP" ]] && return 0
  mkdir -p "$DOWNLOADS"
  if command -v mvn >/dev/null 2>&1; then
    log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip with Maven (once, ~170 MB)"
    # run outside any project so that no pom.xml is picked up
    if (cd "$DOWNLOADS" && mvn -q -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
          -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
          -DoutputDirectory="$DOWNLOADS" -Dmdep.overWriteIfNewer=true >&2); then
      [[ -s "$DIST_ZIP" ]] && return 0
    fi
    log "Maven download failed, trying curl"
  fi
  command -v curl >/dev/null 2>&1 || die "neither mvn nor curl can download Keycloak; put $DIST_ZIP there by hand ($DIST_URL)"
  log "downloading $DIST_URL"
  curl -fL --retry 3 -o "$DIST_ZIP.part" "$DIST_URL"
  mv "$DIST_ZIP.part" "$DIST_ZIP"
}

cmd_install() {
  if [[ -x "$KC_HOME/bin/kc.sh" && -f "$INSTANCE_DIR/.installed-$KC_VERSION" ]]; then
    return 0
  fi
  command -v java >/dev/null 2>&1 || die "java (17+) is required"
  command -v unzip >/dev/null 2>&1 || die "unzip is required (apt install unzip)"
  download_dist
  log "unpacking into $INSTANCE_DIR"
  mkdir -p "$INSTANCE_DIR"
  rm -rf "$KC_HOME" "$INSTANCE_DIR/.unpack"
  unzip -q "$DIST_ZIP" -d "$INSTANCE_DIR/.unpack"
  mv "$INSTANCE_DIR/.unpack/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$INSTANCE_DIR/.unpack"
  touch "$INSTANCE_DIR/.installed-$KC_VERSION"
  log "installed Keycloak $KC_VERSION in $KC_HOME"
}

# ---------------------------------------------------------------- helpers
pid_alive() {
  local pid
  [[ -f "$PID_FILE" ]] || return 1
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null
}

# our realm answers on the port with the issuer we expect
realm_answers() {
  local body
  body="$(curl -fsS --max-time 3 "$WELL_KNOWN" 2>/dev/null)" || return 1
  [[ "$body" == *"\"issuer\":\"$BASE_URL/realms/$REALM\""* ]]
}

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

realm_hash() { sha256sum "$KC_REALM_FILE" | cut -d' ' -f1; }

prepare_import() {
  [[ -f "$KC_REALM_FILE" ]] || die "realm file not found: $KC_REALM_FILE"
  local want have=""
  want="$(realm_hash)"
  [[ -f "$HASH_FILE" ]] && have="$(cat "$HASH_FILE")"
  if [[ "$want" != "$have" ]]; then
    log "realm file changed (or first start): wiping the instance's H2 data and re-importing"
    rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
    mkdir -p "$KC_HOME/data/import"
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"
    echo "$want" > "$HASH_FILE"
  fi
}

# ---------------------------------------------------------------- commands
cmd_start() {
  if pid_alive; then
    local want have=""
    want="$(realm_hash)"
    [[ -f "$HASH_FILE" ]] && have="$(cat "$HASH_FILE")"
    if [[ "$want" != "$have" ]]; then
      log "running (PID $(cat "$PID_FILE")) but the realm file changed: restarting"
      cmd_stop
    else
      log "already running (PID $(cat "$PID_FILE")), port $KC_PORT"
      cmd_wait
      return 0
    fi
  fi
  if realm_answers; then
    log "a Keycloak with realm '$REALM' already answers on $BASE_URL (not started by this script): reusing it"
    return 0
  fi
  port_busy "$KC_PORT" && die "port $KC_PORT is taken by something that is not our Keycloak; set KC_PORT"
  port_busy "$KC_MGMT_PORT" && die "management port $KC_MGMT_PORT is taken; set KC_MGMT_PORT"

  cmd_install
  prepare_import
  mkdir -p "$XIANAN_CACHE"
  rm -f "$PID_FILE"
  log "starting on $BASE_URL (management $KC_MGMT_PORT), log: $LOG_FILE"
  # Lean JVM for a 2-core dev box. JAVA_OPTS is set as a whole: kc.sh then skips its
  # defaults (which include -XX:+UseG1GC, clashing with any other GC flag).
  local java_opts="-XX:+UseSerialGC -Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=256m -XX:+ExitOnOutOfMemoryError"
  java_opts+=" -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.err.encoding=UTF-8"
  # The master-realm admin is only created when the database is empty (fresh import).
  local -a admin_env=()
  if [[ -n "$KC_ADMIN_USER" ]]; then
    admin_env=("KC_BOOTSTRAP_ADMIN_USERNAME=$KC_ADMIN_USER" "KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD")
  fi
  # New session: the PID written is the process-group leader, so `stop` can end kc.sh and its JVM only.
  env ${admin_env[@]+"${admin_env[@]}"} JAVA_OPTS="$java_opts" nohup setsid bash -c '
      echo $$ > "$0"
      exec "$1/bin/kc.sh" start-dev \
        --http-host "$2" --http-port "$3" --http-management-port "$4" \
        --hostname "$5" --import-realm
    ' "$PID_FILE" "$KC_HOME" "$KC_HTTP_HOST" "$KC_PORT" "$KC_MGMT_PORT" "$BASE_URL" \
    </dev/null >"$LOG_FILE" 2>&1 &
  local i
  for i in $(seq 1 50); do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
  [[ -s "$PID_FILE" ]] || die "could not start Keycloak (no PID file); see $LOG_FILE"
  log "PID $(cat "$PID_FILE")"
  if ! cmd_wait; then
    # the import may not have happened: make the next start import again
    rm -f "$HASH_FILE"
    return 1
  fi
}

cmd_wait() {
  local start=$SECONDS
  printf '[keycloak:%s] waiting for %s ' "$KC_INSTANCE" "$WELL_KNOWN" >&2
  while (( SECONDS - start < KC_WAIT_SECONDS )); do
    if realm_answers; then
      printf ' ready after %ss\n' "$((SECONDS - start))" >&2
      return 0
    fi
    if [[ -f "$PID_FILE" ]] && ! pid_alive; then
      printf ' process exited\n' >&2
      log "Keycloak exited; last log lines ($LOG_FILE):"
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      return 1
    fi
    printf '.' >&2
    sleep 2
  done
  printf ' timeout\n' >&2
  log "no answer after ${KC_WAIT_SECONDS}s; last log lines ($LOG_FILE):"
  tail -n 40 "$LOG_FILE" >&2 || true
  return 1
}

cmd_status() {
  local rc=0
  if pid_alive; then
    echo "instance $KC_INSTANCE: running, PID $(cat "$PID_FILE")"
  else
    echo "instance $KC_INSTANCE: not started by this script"
    rc=1
  fi
  if realm_answers; then
    echo "realm $REALM answers on $BASE_URL"
    rc=0
  else
    echo "realm $REALM does not answer on $BASE_URL"
    rc=1
  fi
  if [[ -f "$HASH_FILE" && -f "$KC_REALM_FILE" ]]; then
    if [[ "$(cat "$HASH_FILE")" == "$(realm_hash)" ]]; then
      echo "imported realm is current"
    else
      echo "realm file changed since import (next start re-imports)"
    fi
  fi
  echo "home: $KC_HOME"
  echo "log:  $LOG_FILE"
  return $rc
}

cmd_stop() {
  if ! pid_alive; then
    log "not running (no live PID in $PID_FILE)"
    rm -f "$PID_FILE"
    return 0
  fi
  local pid
  pid="$(cat "$PID_FILE")"
  log "stopping PID $pid"
  # the PID is a session/process-group leader (setsid): signal that group only
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after 30s, sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  # the JVM may outlive kc.sh by a moment
  for i in $(seq 1 20); do
    pgrep -g "$pid" >/dev/null 2>&1 || break
    sleep 0.5
  done
  rm -f "$PID_FILE"
  log "stopped"
}

json_field() { # json_field <field>  (stdin: JSON)
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$1" '.[$f] // empty'
  else
    python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print(v if v is not None else "")' "$1"
  fi
}

cmd_token() {
  local user="${1:-}" client="${2:-api-tests}"
  [[ -n "$user" ]] || die "usage: keycloak.sh token <user> [client]"
  local body token
  body="$(curl -sS --max-time 10 -X POST "$BASE_URL/realms/$REALM/protocol/openid-connect/token" \
    --data-urlencode grant_type=password \
    --data-urlencode "client_id=$client" \
    --data-urlencode "username=$user" \
    --data-urlencode "password=${KC_PASSWORD:-demo}")" || die "Keycloak does not answer on $BASE_URL"
  token="$(printf '%s' "$body" | json_field access_token)"
  [[ -n "$token" ]] || { echo "$body" >&2; exit 1; }
  printf '%s\n' "$token"
}

case "${1:-}" in
  install) cmd_install ;;
  start)   cmd_start ;;
  wait)    cmd_wait ;;
  status)  cmd_status ;;
  stop)    cmd_stop ;;
  token)   shift; cmd_token "$@" ;;
  ""|-h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
