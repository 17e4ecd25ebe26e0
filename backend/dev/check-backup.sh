#!/usr/bin/env bash
# `make test` stage: the backup and restore of backend/dev/backup.sh (what `make backup` and
# `make restore` run) on a scratch database, with the realm exported from the test Keycloak.
#
#   1. a scratch database (BACKUP_CHECK_DB, default xianan_backup_check, dropped and created) gets
#      the schema and a demo registry (backend/dev/demo-data.sh);
#   2. backup.sh backup writes an archive (database + realm + users + manifest) to a temp folder,
#      reading the test Keycloak (TEST_KC_PORT, default 8181) through its admin API — read only;
#   3. the manifest is checked (checksums, versions, realm, users) and a tampered copy must fail;
#   4. rows are changed and deleted; a restore without confirmation and a restore while an API
#      session is connected must both be refused and change nothing;
#   5. YES=1 restore: every table's row count and checksum equal the ones before the backup, and
#      the registry generation moved past both earlier values (statistics caches cannot match);
#   6. the realm part is restored as a scratch realm (SCRATCH_REALM, default xianan-backup-check)
#      in the test Keycloak — users with their roles and groups, a service client with a new
#      secret that issues tokens — and deleted again (realm xianan itself is never touched).
# Needs backend/target/quarkus-app (built by the backend stage). Stops and drops only what it made.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TEST_KC_PORT="${TEST_KC_PORT:-8181}"
DB="${BACKUP_CHECK_DB:-xianan_backup_check}"
PG_HOST=127.0.0.1
PG_PORT="${BACKUP_CHECK_PG_PORT:-5432}"
URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
BACKUP="$ROOT/backend/dev/backup.sh"
TMP="$(mktemp -d)"
HOLDER_PID=""
SCRATCH_REALM="${SCRATCH_REALM:-xianan-backup-check}"
KC_BASE="http://localhost:$TEST_KC_PORT"

fail() { printf '\033[1;31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }
ok() { echo "  ok: $*"; }
cleanup() {
  local rc=$?
  if [[ -n "$HOLDER_PID" ]]; then
    q -c "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'xianan-api'" >/dev/null 2>&1 || true
    kill "$HOLDER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
  delete_scratch_realm
  if [[ $rc == 0 ]]; then
    psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c "drop database if exists \"$DB\" with (force)" >/dev/null 2>&1 || true
  else
    echo "the scratch database $DB is kept for a look" >&2
  fi
  exit $rc
}
trap cleanup EXIT INT TERM

admin_token() {
  curl -fsS -d grant_type=password -d client_id=admin-cli -d username="${KC_ADMIN_USER:-admin}" -d password="${KC_ADMIN_PASSWORD:-admin}" \
    "$KC_BASE/realms/master/protocol/openid-connect/token" | jq -er .access_token
}
delete_scratch_realm() {
  local t
  t="$(admin_token 2>/dev/null)" || return 0
  curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $t" "$KC_BASE/admin/realms/$SCRATCH_REALM" || true
}
q() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$DB" -tA "$@"; }
# every table of the schema: name, row count, md5 of its rows in a fixed order
fingerprint() {
  q -F ' ' <<'SQL'
select format('select %L, count(*), md5(coalesce(string_agg(t::text, %L order by t::text), %L)) from %I t', tablename, '|', '', tablename)
  from pg_tables where schemaname = 'public' and tablename <> 'registry_generation' order by tablename
\gexec
SQL
}
generation() { q -c "select sum(n) from registry_generation"; }

for t in pg_dump pg_restore psql jq curl sha256sum tar python3; do
  command -v "$t" >/dev/null 2>&1 || fail "$t is missing (apt-get install -y postgresql-client jq curl)"
done
[[ -f backend/target/quarkus-app/quarkus-run.jar ]] || fail "no packaged API: run (cd backend && ./mvnw -B -ntp package -DskipTests)"
curl -fs "http://localhost:$TEST_KC_PORT/realms/xianan" >/dev/null || fail "no test Keycloak on $TEST_KC_PORT"

echo "1. scratch database $DB with the schema and a demo registry"
DB_URL="$URL" backend/dev/postgres.sh drop-create "$DB"
backend/dev/demo-data.sh --workers 400 --db "$URL" >"$TMP/demo.log" 2>&1 || { tail -20 "$TMP/demo.log"; fail "demo data"; }
before="$(fingerprint)"
workers="$(q -c 'select count(*) from worker')"
(( workers >= 400 )) || fail "the demo registry has $workers workers"
(( $(wc -l <<<"$before") >= 20 )) || fail "only $(wc -l <<<"$before") tables in the fingerprint"
q -c "update registry_generation set n = 41 where id = 1" >/dev/null
ok "$(wc -l <<<"$before") tables, $workers workers"

echo "2. backup (database + realm of the test Keycloak)"
archive="$(BACKUP_DIR="$TMP/archives" DB_URL="$URL" KC_URL="http://localhost:$TEST_KC_PORT" "$BACKUP" backup | tail -1)"
[[ -f "$archive" && "$archive" == "$TMP/archives/xianan-backup-"*.tar ]] || fail "no archive (got '$archive')"
[[ "$(stat -c %a "$archive")" == 600 ]] || fail "the archive (personal data) is readable by others: mode $(stat -c %a "$archive")"
ok "$(basename "$archive") (mode 600)"

echo "3. manifest"
mkdir "$TMP/x"
tar -C "$TMP/x" -xf "$archive"
dir="$(echo "$TMP"/x/xianan-backup-*)"
m="$dir/manifest.json"
[[ "$(jq -r '[.parts[].file] | sort | join(",")' "$m")" == "database.dump,keycloak-realm.json,keycloak-users.json" ]] || fail "manifest parts: $(jq -c '[.parts[].file]' "$m")"
for f in database.dump keycloak-realm.json keycloak-users.json; do
  [[ "$(jq -r --arg f "$f" '.parts[] | select(.file == $f) | .sha256' "$m")" == "$(sha256sum "$dir/$f" | cut -d' ' -f1)" ]] || fail "sha256 of $f differs from the manifest"
done
(cd "$dir" && sha256sum -c --quiet SHA256SUMS) || fail "SHA256SUMS does not verify"
jq -e --arg db "$DB" '.database.name == $db and (.database.pgDumpVersion | test("pg_dump \\(PostgreSQL\\) [0-9]+")) and (.createdAt | test("^[0-9]{8}T[0-9]{6}Z$"))' "$m" >/dev/null \
  || fail "manifest header: $(jq -c '{createdAt, database}' "$m")"
jq -e '.keycloak.status == "included" and .keycloak.users >= 12' "$m" >/dev/null || fail "manifest keycloak: $(jq -c .keycloak "$m")"
jq -e '.realm == "xianan" and ([.clients[].clientId] | index("xianan-api") != null) and ([.roles.realm[].name] | index("analyst") != null)' "$dir/keycloak-realm.json" >/dev/null \
  || fail "the realm export lacks the realm, its clients or its roles"
jq -e '[.clients[] | select(.secret != null) | .secret] | all(. == "**********")' "$dir/keycloak-realm.json" >/dev/null || fail "a client secret is not masked in the realm export"
jq -e '.users[] | select(.username == "analyst") | .realmRoles | index("analyst") != null' "$dir/keycloak-users.json" >/dev/null \
  || fail "the users export lacks analyst with the analyst role"
[[ "$(pg_restore -l "$dir/database.dump" | grep -c 'TABLE DATA public worker ')" == 1 ]] || fail "the dump holds no worker data"
"$BACKUP" verify "$archive" 2>/dev/null || fail "backup.sh verify rejects a good archive"
cp "$archive" "$TMP/tampered.tar"
(cd "$TMP/x" && echo ' ' >>"$dir/keycloak-realm.json" && tar -cf "$TMP/tampered.tar" "$(basename "$dir")")
if "$BACKUP" verify "$TMP/tampered.tar" 2>/dev/null; then fail "backup.sh verify accepts a tampered archive"; fi
ok "checksums, versions, realm (secrets masked), users with roles; a tampered archive is rejected"

echo "4. changes after the backup; restores that must be refused"
q <<'SQL' >/dev/null
update worker set name = '改过的名字' where id in (select id from worker order by id limit 25);
delete from employment where id in (select id from employment order by id desc limit 30);
SQL
changed="$(fingerprint)"
[[ "$changed" != "$before" ]] || fail "the changes did not change the fingerprint"
gen_changed="$(generation)"
(( gen_changed > 41 )) || fail "the registry generation did not move with the changes ($gen_changed)"
rc=0; DB_URL="$URL" "$BACKUP" restore "$archive" </dev/null >/dev/null 2>&1 || rc=$?
[[ $rc == 2 && "$(fingerprint)" == "$changed" ]] || fail "a restore without confirmation ran (exit $rc)"
ok "without YES=1 and no terminal: refused (exit 2), nothing changed"
PGAPPNAME=xianan-api psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$DB" -c "select pg_sleep(60)" >/dev/null 2>&1 &
HOLDER_PID=$!
for i in $(seq 1 50); do
  [[ "$(q -c "select count(*) from pg_stat_activity where datname = current_database() and application_name = 'xianan-api'")" == 1 ]] && break
  sleep 0.1
done
rc=0; YES=1 DB_URL="$URL" "$BACKUP" restore "$archive" >"$TMP/refused.log" 2>&1 || rc=$?
[[ $rc == 1 ]] && grep -q "the API is connected" "$TMP/refused.log" && [[ "$(fingerprint)" == "$changed" ]] \
  || { cat "$TMP/refused.log"; fail "a restore under a connected API was not refused (exit $rc)"; }
# the server keeps a sleeping backend after its client is gone: end the session itself
q -c "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'xianan-api'" >/dev/null
wait "$HOLDER_PID" 2>/dev/null || true; HOLDER_PID=""
SCRATCH_REALM="${SCRATCH_REALM:-xianan-backup-check}"
KC_BASE="http://localhost:$TEST_KC_PORT"
ok "with the API connected: refused, nothing changed"

echo "5. restore"
YES=1 DB_URL="$URL" "$BACKUP" restore "$archive" 2>"$TMP/restore.log" || { cat "$TMP/restore.log"; fail "restore"; }
after="$(fingerprint)"
if [[ "$after" != "$before" ]]; then
  diff <(echo "$before") <(echo "$after") | head -20
  fail "the restored data differs from the data before the backup"
fi
gen_after="$(generation)"
(( gen_after > gen_changed && gen_after > 41 )) || fail "the registry generation after the restore ($gen_after) is not past $gen_changed"
ok "$(wc -l <<<"$after") tables: row counts and checksums equal to before the backup; registry generation $gen_after"

echo "6. the realm part, restored as the scratch realm $SCRATCH_REALM"
[[ "$SCRATCH_REALM" != xianan ]] || fail "SCRATCH_REALM must not be the realm in use"
delete_scratch_realm
KC_URL="$KC_BASE" KC_RESTORE_AS="$SCRATCH_REALM" "$BACKUP" restore-realm "$archive" 2>"$TMP/realm.log" || { cat "$TMP/realm.log"; fail "restore-realm"; }
T="$(admin_token)"
kc() { curl -fsS -H "Authorization: Bearer $T" "$KC_BASE/admin/realms/$SCRATCH_REALM/$1"; }
[[ "$(kc 'users/count')" == "$(jq '.users | length' "$dir/keycloak-users.json")" ]] || fail "the restored realm has $(kc 'users/count') users"
uid="$(kc 'users?username=analyst&exact=true' | jq -r '.[0].id')"
kc "users/$uid/role-mappings/realm" | jq -e 'map(.name) | index("analyst") != null' >/dev/null || fail "analyst lost the analyst role"
uid="$(kc 'users?username=federation-lead&exact=true' | jq -r '.[0].id')"
kc "users/$uid/groups" | jq -e 'map(.path) | index("/federation") != null' >/dev/null || fail "federation-lead lost the group /federation"
kc "users/$uid/role-mappings/realm" | jq -e 'map(.name) | index("lead") != null' >/dev/null || fail "federation-lead lost the lead role"
cid="$(kc 'clients?clientId=hr-system' | jq -r '.[0].id')"
secret="$(kc "clients/$cid/client-secret" | jq -r .value)"
[[ -n "$secret" && "$secret" != "**********" ]] || fail "hr-system has no usable secret in the restored realm"
issuer="$(curl -fsS -d grant_type=client_credentials -d client_id=hr-system --data-urlencode "client_secret=$secret" \
  "$KC_BASE/realms/$SCRATCH_REALM/protocol/openid-connect/token" | jq -r '.access_token | split(".")[1] | @base64d | fromjson | .iss')" \
  || fail "the restored hr-system client issues no token"
[[ "$issuer" == "$KC_BASE/realms/$SCRATCH_REALM" ]] || fail "token issuer $issuer"
delete_scratch_realm
ok "users with roles and groups, hr-system with a new secret issuing tokens; scratch realm deleted"
echo "backup and restore: all checks passed"
