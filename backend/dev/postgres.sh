#!/usr/bin/env bash
# Make sure a PostgreSQL database exists (for `make run` and `make test`).
#
#   postgres.sh ensure <database>       create the database if it is missing
#   postgres.sh drop-create <database>  drop it (WITH FORCE) and create it empty — test databases only
#   postgres.sh status                  does the server answer?
#
# Server: DB_URL (jdbc:postgresql://host[:port]/db[?...]) when set, else 127.0.0.1:5432.
#   ensure:      DB_URL's host, port AND database win (the argument may then be omitted);
#   drop-create: DB_URL's host and port, the database named on the command line.
# User DB_USER (default postgres), password DB_PASSWORD (passed as PGPASSWORD).
# When nothing answers on a local address but PostgreSQL is installed (Debian's
# postgresql-common), the cluster on that port is started with pg_ctlcluster.
# Exit codes: 0 ok, 1 error from PostgreSQL, 2 no server / missing tools / bad usage.
set -euo pipefail

log() { echo "[postgres] $*" >&2; }
die() { log "ERROR: $1"; exit "${2:-1}"; }

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
}

# ---------------------------------------------------------------- connection settings
PG_HOST="127.0.0.1"
PG_PORT="5432"
URL_DB=""
if [[ -n "${DB_URL:-}" ]]; then
  rest="${DB_URL#jdbc:}"
  [[ "$rest" == postgresql://* ]] || die "DB_URL must look like jdbc:postgresql://host:port/database (got '$DB_URL')" 2
  rest="${rest#postgresql://}"
  hostport="${rest%%/*}"
  hostport="${hostport##*@}"            # tolerate user@ in the URL
  if [[ "$rest" == */* ]]; then
    URL_DB="${rest#*/}"
    URL_DB="${URL_DB%%\?*}"
  fi
  if [[ "$hostport" == \[* ]]; then     # [ipv6]:port
    PG_HOST="${hostport%%]*}"; PG_HOST="${PG_HOST#[}"
    p="${hostport##*]}"; p="${p#:}"; [[ -n "$p" ]] && PG_PORT="$p"
  elif [[ "$hostport" == *:* ]]; then
    PG_HOST="${hostport%%:*}"; PG_PORT="${hostport##*:}"
  elif [[ -n "$hostport" ]]; then
    PG_HOST="$hostport"
  fi
  [[ -n "$PG_HOST" ]] || PG_HOST="127.0.0.1"
  [[ "$PG_PORT" =~ ^[0-9]+$ ]] || die "DB_URL has a bad port '$PG_PORT'" 2
fi
PG_USER="${DB_USER:-postgres}"
if [[ -n "${DB_PASSWORD:-}" ]]; then export PGPASSWORD="$DB_PASSWORD"; fi
export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"

is_local_host() {
  case "$PG_HOST" in 127.*|localhost|::1|"$(hostname 2>/dev/null || echo localhost)") return 0 ;; *) return 1 ;; esac
}

how_to_get_one() {
  cat >&2 <<TXT
[postgres] No PostgreSQL server answers on $PG_HOST:$PG_PORT$1
  Ways to get one:
    - install it on this machine (Debian/Ubuntu):  sudo apt-get install -y postgresql
      then, if it is not running:                  sudo pg_ctlcluster --skip-systemctl-redirect <version> main start
      the user '$PG_USER' must be able to log in (e.g. trust for 127.0.0.1 in pg_hba.conf, or set DB_PASSWORD);
    - use an existing server:                      export DB_URL=jdbc:postgresql://host:5432/xianan DB_USER=... DB_PASSWORD=...
    - with Docker:                                 docker run -d --name xianan-postgres -p 5432:5432 -e POSTGRES_PASSWORD=postgres postgres:16
      then:                                        export DB_PASSWORD=postgres
      (docker compose up --build runs the whole stack, its PostgreSQL included, without this script)
TXT
}

# ---------------------------------------------------------------- server
pg_answers() {
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -t 3 >/dev/null 2>&1
}

# pg_lsclusters lines: Ver Cluster Port Status Owner Datadir Logfile
local_cluster_on_port() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }'
}

start_local_cluster() {
  local cluster ver name
  cluster="$(local_cluster_on_port || true)"
  if [[ -z "$cluster" ]]; then
    if [[ -d /etc/postgresql ]] && ls /etc/postgresql/*/*/postgresql.conf >/dev/null 2>&1; then
      how_to_get_one " (PostgreSQL is installed, but no cluster is configured for port $PG_PORT: $(ls -d /etc/postgresql/*/* | tr '\n' ' '))."
    else
      how_to_get_one " and PostgreSQL is not installed here (no /etc/postgresql)."
    fi
    exit 2
  fi
  read -r ver name <<<"$cluster"
  log "nothing answers on $PG_HOST:$PG_PORT; starting the installed cluster $ver/$name"
  if ! pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start >&2; then
    how_to_get_one " and starting cluster $ver/$name failed (as root: pg_ctlcluster --skip-systemctl-redirect $ver $name start)."
    exit 2
  fi
  local i
  for i in $(seq 1 30); do
    pg_answers && { log "cluster $ver/$name is up"; return 0; }
    sleep 1
  done
  how_to_get_one " although cluster $ver/$name was started (see /var/log/postgresql/)."
  exit 2
}

ensure_server() {
  command -v pg_isready >/dev/null 2>&1 && command -v psql >/dev/null 2>&1 || {
    how_to_get_one " — or rather, the PostgreSQL client tools (psql, pg_isready) are missing: sudo apt-get install -y postgresql-client."
    exit 2
  }
  pg_answers && return 0
  # pg_isready exit 1 = server is starting up: give it a moment
  local i rc
  for i in 1 2 3 4 5; do
    rc=0
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1 || rc=$?
    [[ $rc -eq 1 ]] || break
    sleep 1
    pg_answers && return 0
  done
  if is_local_host; then
    start_local_cluster
  else
    how_to_get_one " (a remote host: start it there or fix DB_URL)."
    exit 2
  fi
}

# ---------------------------------------------------------------- SQL
psql_admin() { # psql_admin <sql>  — runs in a maintenance database
  local maint out
  for maint in postgres template1; do
    if out="$(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$maint" -tA -c "$1" 2>&1)"; then
      printf '%s' "$out"
      return 0
    fi
    # try the next maintenance database only when this one does not exist / is not allowed
    [[ "$out" == *"does not exist"* || "$out" == *"not permitted"* ]] || break
  done
  log "psql as $PG_USER on $PG_HOST:$PG_PORT failed: $out"
  [[ "$out" == *"password authentication failed"* || "$out" == *"no password supplied"* ]] && \
    log "hint: set DB_USER / DB_PASSWORD"
  [[ "$out" == *"permission denied to create database"* ]] && \
    log "hint: the user needs CREATEDB (ALTER ROLE $PG_USER CREATEDB) or use a superuser"
  return 1
}

check_name() {
  [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] || die "database name '$1' is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*)" 2
}

db_exists() {
  local out
  out="$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$1'")" || exit 1
  [[ "$out" == "1" ]]
}

create_db() {
  local enc
  enc="$(psql_admin "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'template1'")" || exit 1
  if [[ "$enc" == "UTF8" ]]; then
    psql_admin "CREATE DATABASE \"$1\"" >/dev/null || exit 1
  else
    # the data is Chinese: never create a non-UTF-8 database
    psql_admin "CREATE DATABASE \"$1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" >/dev/null || exit 1
  fi
}

cmd_ensure() {
  local db="${URL_DB:-${1:-}}"
  [[ -n "$db" ]] || die "usage: postgres.sh ensure <database>" 2
  if [[ -n "$URL_DB" && -n "${1:-}" && "$1" != "$URL_DB" ]]; then
    log "DB_URL names database '$URL_DB': using it instead of '$1'"
  fi
  check_name "$db"
  ensure_server
  if db_exists "$db"; then
    log "database $db exists on $PG_HOST:$PG_PORT (user $PG_USER)"
  else
    create_db "$db"
    log "database $db created on $PG_HOST:$PG_PORT (user $PG_USER)"
  fi
}

cmd_drop_create() {
  local db="${1:-}"
  [[ -n "$db" ]] || die "usage: postgres.sh drop-create <database>" 2
  check_name "$db"
  case "$db" in postgres|template0|template1) die "refusing to drop '$db'" 2 ;; esac
  ensure_server
  if db_exists "$db"; then
    if ! psql_admin "DROP DATABASE \"$db\" WITH (FORCE)" >/dev/null 2>&1; then
      # PostgreSQL < 13 has no WITH (FORCE): end the sessions first
      psql_admin "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()" >/dev/null || exit 1
      psql_admin "DROP DATABASE \"$db\"" >/dev/null || exit 1
    fi
  fi
  create_db "$db"
  log "database $db dropped and created empty on $PG_HOST:$PG_PORT (user $PG_USER)"
}

cmd_status() {
  if command -v pg_isready >/dev/null 2>&1 && pg_answers; then
    echo "PostgreSQL answers on $PG_HOST:$PG_PORT"
  else
    echo "PostgreSQL does not answer on $PG_HOST:$PG_PORT"
    return 1
  fi
}

case "${1:-}" in
  ensure)      shift; cmd_ensure "$@" ;;
  drop-create) shift; cmd_drop_create "$@" ;;
  status)      cmd_status ;;
  ""|-h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
