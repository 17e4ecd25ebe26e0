#!/usr/bin/env bash
# Back up and restore the platform's state: the PostgreSQL database and the Keycloak realm.
#
#   backup.sh backup           one archive BACKUP_DIR/xianan-backup-<UTC time>.tar holding
#                                database.dump         pg_dump custom format (-Fc) of the database
#                                keycloak-realm.json   the realm: settings, clients, roles, groups
#                                                      (admin API partial export; secrets masked)
#                                keycloak-users.json   the realm's users with their roles and groups
#                                                      (admin API; no passwords)
#                                manifest.json         time, database, versions, sha256 of each part
#                                SHA256SUMS            the same checksums for `sha256sum -c`
#   backup.sh verify FILE      check an archive's parts against its manifest
#   backup.sh restore FILE     restore the database from an archive (pg_restore --clean --if-exists
#                              in one transaction), after a prompt unless YES=1; the realm is not
#                              re-imported (see docs/operations.md, "Backup and restore")
#   backup.sh restore-realm FILE  create the realm from an archive in a Keycloak that lacks it
#                              (KC_URL), then its users with roles and groups (partial import);
#                              masked client secrets are dropped, so Keycloak generates new ones,
#                              and users have no password until one is set. KC_RESTORE_AS=<name>
#                              imports under another name (ids left out), e.g. for a drill
#
# Environment (defaults: the database and Keycloak of `make run`):
#   DB_URL        jdbc:postgresql://host:port/database   (default jdbc:postgresql://127.0.0.1:5432/xianan)
#   DB_USER / DB_PASSWORD   PostgreSQL user (default postgres) and password (passed as PGPASSWORD)
#   BACKUP_DIR    where archives go (default backups/ at the top of the repository, git-ignored)
#   KC_URL        Keycloak base URL (default http://localhost:8180); KC_REALM (default xianan)
#   KC_ADMIN_USER / KC_ADMIN_PASSWORD   master-realm admin (default admin / admin, the dev instance's)
#   BACKUP_KEYCLOAK=0   database only (the manifest says so); by default an unreachable Keycloak
#                 fails the backup rather than leave the realm out silently
#   YES=1         restore without asking; FORCE=1 restore although the API is connected to the database
#   KC_RESTORE_AS restore-realm: the realm name to create (default: the archive's realm)
# Exit codes: 0 ok, 1 failure, 2 bad usage or missing tools.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BACKUP_DIR="${BACKUP_DIR:-$ROOT/backups}"
KC_URL="${KC_URL:-http://localhost:8180}"
KC_URL="${KC_URL%/}"
KC_REALM="${KC_REALM:-xianan}"
KC_ADMIN_USER="${KC_ADMIN_USER:-admin}"
KC_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}"
BACKUP_KEYCLOAK="${BACKUP_KEYCLOAK:-1}"

WORK=""
trap '[[ -n "$WORK" ]] && rm -rf "$WORK"' EXIT

log() { echo "[backup] $*" >&2; }
die() { log "ERROR: $1"; exit "${2:-1}"; }
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

need() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 || die "$t is missing (Debian: apt-get install -y postgresql-client curl jq python3)" 2
  done
}

# ---------------------------------------------------------------- database settings (as postgres.sh)
DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/xianan}"
parse_db_url() {
  local rest="${DB_URL#jdbc:}" hostport
  [[ "$rest" == postgresql://*/* ]] || die "DB_URL must look like jdbc:postgresql://host:port/database (got '$DB_URL')" 2
  rest="${rest#postgresql://}"
  hostport="${rest%%/*}"; hostport="${hostport##*@}"
  PG_DB="${rest#*/}"; PG_DB="${PG_DB%%\?*}"
  PG_HOST="${hostport%%:*}"; PG_PORT=5432
  [[ "$hostport" == *:* ]] && PG_PORT="${hostport##*:}"
  [[ -n "$PG_HOST" ]] || PG_HOST=127.0.0.1
  [[ "$PG_DB" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] || die "database name '$PG_DB' is not a plain identifier" 2
  [[ "$PG_PORT" =~ ^[0-9]+$ ]] || die "DB_URL has a bad port '$PG_PORT'" 2
  PG_USER="${DB_USER:-postgres}"
  if [[ -n "${DB_PASSWORD:-}" ]]; then export PGPASSWORD="$DB_PASSWORD"; fi
  export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"
}
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -tA "$@"; }

# ---------------------------------------------------------------- Keycloak (admin REST API)
kc_token() {
  curl -fsS --max-time 20 -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=$KC_ADMIN_USER" --data-urlencode "password=$KC_ADMIN_PASSWORD" \
    "$KC_URL/realms/master/protocol/openid-connect/token" | jq -er .access_token
}

# realm settings, clients, roles, groups: the partial export works on a running server
export_realm() { # export_realm <token> <file>
  curl -fsS --max-time 60 -X POST -H "Authorization: Bearer $1" \
    "$KC_URL/admin/realms/$KC_REALM/partial-export?exportClients=true&exportGroupsAndRoles=true" -o "$2"
  jq -e --arg r "$KC_REALM" '.realm == $r' "$2" >/dev/null || die "the partial export of realm $KC_REALM is not a realm representation"
}

# users are not in a partial export: read them page by page with their role mappings and groups,
# in the shape a partial import (POST /admin/realms/{realm}/partialImport) takes back
export_users() { # export_users <token> <file>
  local token="$1" out="$2" first=0 page=100 tmp ids id
  tmp="$(mktemp -d)"
  echo '[]' >"$tmp/all.json"
  while :; do
    curl -fsS --max-time 60 -H "Authorization: Bearer $token" \
      "$KC_URL/admin/realms/$KC_REALM/users?briefRepresentation=false&first=$first&max=$page" -o "$tmp/page.json"
    ids="$(jq -r '.[].id' "$tmp/page.json")"
    for id in $ids; do
      curl -fsS --max-time 20 -H "Authorization: Bearer $token" "$KC_URL/admin/realms/$KC_REALM/users/$id/role-mappings" -o "$tmp/roles.json"
      curl -fsS --max-time 20 -H "Authorization: Bearer $token" "$KC_URL/admin/realms/$KC_REALM/users/$id/groups?briefRepresentation=true" -o "$tmp/groups.json"
      jq --arg id "$id" --slurpfile roles "$tmp/roles.json" --slurpfile groups "$tmp/groups.json" '
        map(if .id == $id then
              . + { realmRoles: [($roles[0].realmMappings // [])[].name],
                    clientRoles: (($roles[0].clientMappings // {}) | with_entries(.value = [.value.mappings[].name])),
                    groups: [$groups[0][].path] }
            else . end)' "$tmp/page.json" >"$tmp/page2.json"
      mv "$tmp/page2.json" "$tmp/page.json"
    done
    jq -s '.[0] + .[1]' "$tmp/all.json" "$tmp/page.json" >"$tmp/all2.json" && mv "$tmp/all2.json" "$tmp/all.json"
    (( $(jq length "$tmp/page.json") < page )) && break
    first=$((first + page))
  done
  jq --arg r "$KC_REALM" '{ realm: $r, users: map(del(.userProfileMetadata, .access)) }' "$tmp/all.json" >"$out"
  rm -rf "$tmp"
}

# ---------------------------------------------------------------- backup
cmd_backup() {
  need pg_dump psql sha256sum tar python3
  parse_db_url
  # the archive holds personal data: readable by its owner only
  umask 077
  local stamp name archive work
  stamp="$(date -u +%Y%m%dT%H%M%SZ)"
  name="xianan-backup-$stamp"
  mkdir -p "$BACKUP_DIR"
  archive="$BACKUP_DIR/$name.tar"
  [[ -e "$archive" ]] && die "$archive exists already"
  WORK="$(mktemp -d)"; work="$WORK"
  mkdir "$work/$name"

  local server_version
  server_version="$(psql_db -c 'show server_version')" || die "cannot connect to $PG_DB on $PG_HOST:$PG_PORT as $PG_USER"
  log "dumping database $PG_DB on $PG_HOST:$PG_PORT (PostgreSQL $server_version)"
  pg_dump -Fc -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -f "$work/$name/database.dump"

  local kc="included" token
  if [[ "$BACKUP_KEYCLOAK" == 0 ]]; then
    kc="skipped (BACKUP_KEYCLOAK=0)"
    log "Keycloak skipped (BACKUP_KEYCLOAK=0)"
  else
    need curl jq
    token="$(kc_token)" || die "cannot log in to Keycloak at $KC_URL as $KC_ADMIN_USER (master realm); start it, set KC_URL / KC_ADMIN_USER / KC_ADMIN_PASSWORD, or BACKUP_KEYCLOAK=0 for the database only"
    log "exporting realm $KC_REALM from $KC_URL"
    export_realm "$token" "$work/$name/keycloak-realm.json"
    export_users "$token" "$work/$name/keycloak-users.json"
  fi

  (cd "$work/$name" && sha256sum -- * >SHA256SUMS)
  MANIFEST_DIR="$work/$name" CREATED="$stamp" DB="$PG_DB" HOST="$PG_HOST" PORT="$PG_PORT" SERVER="$server_version" \
    PGDUMP="$(pg_dump --version)" KC="$kc" KCURL="$KC_URL" REALM="$KC_REALM" python3 - <<'PY'
import hashlib, json, os
d = os.environ["MANIFEST_DIR"]
parts = []
for f in sorted(os.listdir(d)):
    if f == "SHA256SUMS":
        continue
    p = os.path.join(d, f)
    h = hashlib.sha256()
    with open(p, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    parts.append({"file": f, "bytes": os.path.getsize(p), "sha256": h.hexdigest()})
m = {
    "format": "xianan-backup/1",
    "createdAt": os.environ["CREATED"],
    "database": {"name": os.environ["DB"], "host": os.environ["HOST"], "port": int(os.environ["PORT"]),
                 "serverVersion": os.environ["SERVER"], "pgDumpVersion": os.environ["PGDUMP"], "dumpFormat": "custom (pg_dump -Fc)"},
    "keycloak": {"status": os.environ["KC"], "url": os.environ["KCURL"], "realm": os.environ["REALM"]},
    "parts": parts,
}
if os.path.exists(os.path.join(d, "keycloak-users.json")):
    with open(os.path.join(d, "keycloak-users.json"), encoding="utf-8") as fh:
        m["keycloak"]["users"] = len(json.load(fh)["users"])
with open(os.path.join(d, "manifest.json"), "w", encoding="utf-8") as fh:
    json.dump(m, fh, indent=2, ensure_ascii=False)
    fh.write("\n")
PY
  tar -C "$work" -cf "$archive.part" "$name"
  mv "$archive.part" "$archive"
  log "archive: $archive ($(du -h "$archive" | cut -f1))"
  echo "$archive"
}

# ---------------------------------------------------------------- verify / restore
# unpack FILE into a temp dir and check every part against the manifest; prints the part folder
unpack_verified() { # unpack_verified <archive> <dir>
  local file="$1" dir="$2" top
  [[ -f "$file" ]] || die "no such archive: $file" 2
  tar -C "$dir" -xf "$file" || die "$file is not a tar archive"
  top="$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -1)"
  [[ -n "$top" && -f "$top/manifest.json" ]] || die "$file has no manifest.json"
  python3 - "$top" <<'PY' >&2 || die "$file does not match its manifest"
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "manifest.json"), encoding="utf-8"))
bad = 0
for p in m["parts"]:
    f = os.path.join(d, p["file"])
    if not os.path.exists(f):
        print(f"[backup] MISSING {p['file']}"); bad += 1; continue
    h = hashlib.sha256(open(f, "rb").read()).hexdigest()
    ok = h == p["sha256"] and os.path.getsize(f) == p["bytes"]
    print(f"[backup] {'OK' if ok else 'BAD'} {p['file']} sha256 {h}")
    bad += not ok
if "database.dump" not in [p["file"] for p in m["parts"]]:
    print("[backup] the manifest lists no database.dump"); bad += 1
sys.exit(1 if bad else 0)
PY
  echo "$top"
}

cmd_verify() {
  need tar python3
  local file="${1:-}"
  [[ -n "$file" ]] || die "usage: backup.sh verify FILE" 2
  WORK="$(mktemp -d)"
  unpack_verified "$file" "$WORK" >/dev/null
  log "$file: every part matches its manifest"
}

cmd_restore() {
  need pg_restore psql tar python3
  local file="${1:-}" work top sessions api gen_before gen_after answer
  [[ -n "$file" ]] || die "usage: backup.sh restore FILE (or: make restore FILE=...)" 2
  parse_db_url
  WORK="$(mktemp -d)"; work="$WORK"
  top="$(unpack_verified "$file" "$work")"
  log "archive made $(jq -r .createdAt "$top/manifest.json" 2>/dev/null || echo '?') from database $(jq -r .database.name "$top/manifest.json" 2>/dev/null || echo '?')"

  DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" "$ROOT/backend/dev/postgres.sh" ensure "$PG_DB" || die "database $PG_DB is not reachable"
  # the API names its connections (application_name xianan-api / xianan-api-read)
  api="$(psql_db -c "select count(*) from pg_stat_activity where datname = current_database() and application_name like 'xianan-api%'")"
  sessions="$(psql_db -c "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")"
  if (( api > 0 )); then
    if [[ "${FORCE:-0}" != 1 ]]; then
      die "the API is connected to $PG_DB ($api connections named xianan-api*): stop it first (or FORCE=1 to restore anyway)"
    fi
    log "WARNING: the API is connected to $PG_DB ($api connections); restoring anyway (FORCE=1)"
  elif (( sessions > 0 )); then
    log "WARNING: $sessions other sessions are connected to $PG_DB; they may block or see the restore half-way"
  fi
  if [[ "${YES:-0}" != 1 ]]; then
    [[ -t 0 ]] || die "restore replaces the contents of $PG_DB: run it in a terminal to confirm, or set YES=1" 2
    read -r -p "Replace the contents of database $PG_DB on $PG_HOST:$PG_PORT with $file? Type the database name to confirm: " answer
    [[ "$answer" == "$PG_DB" ]] || die "not confirmed; nothing changed" 1
  fi
  gen_before="$(psql_db -c "select sum(n) from registry_generation" 2>/dev/null || echo 0)"
  log "restoring $PG_DB on $PG_HOST:$PG_PORT (pg_restore --clean --if-exists, one transaction)"
  pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error \
    -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" "$top/database.dump"
  # The statistics are cached per registry generation: after a restore the counter must move past
  # every value an API instance may have cached, or an old answer could match the restored number.
  gen_after="$(psql_db -c "select sum(n) from registry_generation" 2>/dev/null || echo '')"
  if [[ -n "$gen_after" ]]; then
    psql_db -c "update registry_generation set n = greatest(n, ${gen_before:-0}) + 1 where id = 1" >/dev/null
  fi
  log "database $PG_DB restored from $file"
  if [[ -f "$top/keycloak-realm.json" ]]; then
    log "the realm export is not imported automatically: see docs/operations.md, \"Backup and restore\" (extract with: tar -xf $file)"
  fi
}

cmd_restore_realm() {
  need tar python3 curl jq
  local file="${1:-}" top target token code
  [[ -n "$file" ]] || die "usage: backup.sh restore-realm FILE" 2
  WORK="$(mktemp -d)"
  top="$(unpack_verified "$file" "$WORK")"
  [[ -f "$top/keycloak-realm.json" && -f "$top/keycloak-users.json" ]] || die "$file holds no realm export (made with BACKUP_KEYCLOAK=0?)"
  target="${KC_RESTORE_AS:-$(jq -r .realm "$top/keycloak-realm.json")}"
  token="$(kc_token)" || die "cannot log in to Keycloak at $KC_URL as $KC_ADMIN_USER (master realm)"
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$KC_URL/admin/realms/$target")"
  [[ "$code" == 404 ]] || die "realm $target exists in $KC_URL (HTTP $code): delete it first, or set KC_RESTORE_AS to import under another name"
  # masked secrets would become the literal '**********': leave them out, Keycloak makes new ones
  local strip='walk(if type == "object" and .secret == "**********" then del(.secret) else . end)'
  if [[ -n "${KC_RESTORE_AS:-}" ]]; then
    # another name on the same server: the original ids would collide with the original realm
    strip="$strip | walk(if type == \"object\" then del(.id, .containerId) else . end)"
  fi
  jq --arg r "$target" "$strip | .realm = \$r" "$top/keycloak-realm.json" >"$WORK/realm.json"
  code="$(curl -s -o "$WORK/answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data @"$WORK/realm.json" "$KC_URL/admin/realms")"
  [[ "$code" == 201 ]] || die "Keycloak refused the realm ($code): $(head -c 400 "$WORK/answer")"
  log "realm $target created in $KC_URL (clients, roles, groups, flows; new keys and client secrets)"
  if [[ -n "${KC_RESTORE_AS:-}" ]]; then
    jq '{ifResourceExists: "SKIP", users: [.users[] | del(.id)]}' "$top/keycloak-users.json" >"$WORK/users.json"
  else
    jq '{ifResourceExists: "SKIP", users: .users}' "$top/keycloak-users.json" >"$WORK/users.json"
  fi
  code="$(curl -s -o "$WORK/answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data @"$WORK/users.json" "$KC_URL/admin/realms/$target/partialImport")"
  [[ "$code" == 200 ]] || die "Keycloak refused the users ($code): $(head -c 400 "$WORK/answer")"
  log "users: $(jq -r '"\(.added) added, \(.skipped) skipped"' "$WORK/answer"), with their roles and groups; they have no password yet"
  log "next: set the service clients' secrets and the users' passwords (docs/operations.md, \"Re-importing the realm\")"
}

case "${1:-}" in
  backup)  shift; cmd_backup "$@" ;;
  verify)  shift; cmd_verify "$@" ;;
  restore) shift; cmd_restore "$@" ;;
  restore-realm) shift; cmd_restore_realm "$@" ;;
  ""|-h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
