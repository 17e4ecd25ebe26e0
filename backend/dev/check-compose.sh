#!/usr/bin/env bash
# Static check of the deployment files (there is no Docker engine on the dev/CI machines):
# docker-compose.yml must agree with the README's port table, with the realm it mounts, with
# the Dockerfiles it builds, and with itself (issuer, service names, origins).
#
#   backend/dev/check-compose.sh [docker-compose.yml]
#
# Parser: python3 with PyYAML; without PyYAML, `docker compose config --format json`; without
# either, a coarse grep-based check. Exit 0 when consistent, 1 on any mismatch.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COMPOSE="${1:-$ROOT/docker-compose.yml}"
[[ -f "$COMPOSE" ]] || { echo "check-compose: $COMPOSE not found" >&2; exit 1; }
COMPOSE_DIR="$(cd "$(dirname "$COMPOSE")" && pwd)"
README="$COMPOSE_DIR/README.md"

read -r -d '' CHECKER <<'PY' || true
import glob, json, os, re, sys
from urllib.parse import urlparse

mode, compose_path, readme = sys.argv[1], sys.argv[2], sys.argv[3]
base = os.path.dirname(os.path.abspath(compose_path))
if mode == "yaml":
    import yaml
    with open(compose_path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
else:
    doc = json.load(sys.stdin)

problems, oks = [], []
def ok(msg): oks.append(msg)
def bad(msg): problems.append(msg)

# --- ${VAR:-default} interpolation as compose does it (raw YAML only) ------------------------
def interp(v):
    if isinstance(v, str):
        def rep(m):
            if m.group(0) == "$$":
                return "$"
            name, op, default = m.group(1) or m.group(4), m.group(2), m.group(3)
            val = os.environ.get(name)
            if op in (":-", "-"):
                if val is None or (op == ":-" and val == ""):
                    return default or ""
            return val or ""
        return re.sub(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-)?([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)", rep, v)
    if isinstance(v, list):
        return [interp(x) for x in v]
    if isinstance(v, dict):
        return {k: interp(x) for k, x in v.items()}
    return v
if mode == "yaml":
    doc = interp(doc)

services = doc.get("services") or {}
for name in ("postgres", "keycloak", "backend", "frontend"):
    if name in services:
        ok(f"service {name} exists")
    else:
        bad(f"service '{name}' is missing")
if problems:
    for p in problems: print("  MISMATCH " + p, file=sys.stderr)
    sys.exit(1)

def env_of(svc):
    e = services[svc].get("environment") or {}
    if isinstance(e, list):
        e = dict(x.split("=", 1) if "=" in x else (x, "") for x in e)
    return {k: ("" if v is None else str(v)) for k, v in e.items()}

def ports_of(svc):
    """[(host_port or None, container_port)]"""
    out = []
    for p in services[svc].get("ports") or []:
        if isinstance(p, dict):
            pub = p.get("published")
            out.append((int(pub) if pub not in (None, "") else None, int(p["target"])))
            continue
        s = str(p).split("/")[0]
        parts = s.split(":")
        if len(parts) == 1:
            out.append((None, int(parts[0])))
        else:
            out.append((int(parts[-2]), int(parts[-1])))
    return out

def published(svc):
    return [h for h, _ in ports_of(svc) if h is not None]

def command_list(svc):
    c = services[svc].get("command") or []
    return c.split() if isinstance(c, str) else [str(x) for x in c]

def option(cmd, name):
    """value of --name=value or --name value"""
    for i, a in enumerate(cmd):
        if a == name and i + 1 < len(cmd):
            return cmd[i + 1]
        if a.startswith(name + "="):
            return a.split("=", 1)[1]
    return None

# --- README port table: column "docker compose" -------------------------------------------
expected = {"frontend": 5173, "backend": 8080, "keycloak": 8180, "postgres": "internal"}
rows = {"spa": "frontend", "web app": "frontend", "api": "backend", "keycloak": "keycloak", "postgres": "postgres"}
source = "built-in defaults"
if os.path.exists(readme):
    lines = open(readme, encoding="utf-8").read().splitlines()
    header_idx = None
    for i, line in enumerate(lines):
        cells = [c.strip().lower() for c in line.strip().strip("|").split("|")]
        if line.lstrip().startswith("|") and any("compose" in c for c in cells) and header_idx is None:
            header_idx, col = i, next(j for j, c in enumerate(cells) if "compose" in c)
            found = {}
            for row in lines[i + 2:]:
                if not row.lstrip().startswith("|"):
                    break
                rc = [c.strip() for c in row.strip().strip("|").split("|")]
                if len(rc) <= col:
                    continue
                label = rc[0].lower()
                svc = next((s for k, s in rows.items() if k in label), None)
                if not svc or svc in found:
                    continue
                cell = rc[col]
                if "inside" in cell.lower() or "internal" in cell.lower() or "not published" in cell.lower():
                    found[svc] = "internal"
                else:
                    m = re.search(r"\d{2,5}", cell)
                    if m:
                        found[svc] = int(m.group(0))
            if found:
                expected.update(found)
                source = f"README.md port table (line {i + 1})"
if source.startswith("built-in"):
    print(f"check-compose: no port table with a 'docker compose' column in {readme}; using defaults", file=sys.stderr)

for svc, want in expected.items():
    pubs = published(svc)
    if want == "internal":
        if pubs:
            bad(f"{svc}: README says it stays inside the compose network, but it publishes {pubs}")
        else:
            ok(f"{svc}: not published (README: inside the network)")
    elif want in pubs:
        ok(f"{svc}: publishes {want} (README)")
    else:
        bad(f"{svc}: README expects published port {want}, compose publishes {pubs or 'nothing'}")

kc_port = expected["keycloak"] if isinstance(expected["keycloak"], int) else 8180
api_port = expected["backend"] if isinstance(expected["backend"], int) else 8080
spa_port = expected["frontend"] if isinstance(expected["frontend"], int) else 5173

# --- build contexts, Dockerfiles and the files they COPY -----------------------------------
def check_build(svc):
    b = services[svc].get("build")
    if not b:
        bad(f"{svc}: no build section")
        return None
    ctx = b if isinstance(b, str) else b.get("context", ".")
    ctx = ctx if os.path.isabs(ctx) else os.path.normpath(os.path.join(base, ctx))
    df = "Dockerfile" if isinstance(b, str) else b.get("dockerfile", "Dockerfile")
    df = df if os.path.isabs(df) else os.path.join(ctx, df)
    if not os.path.isdir(ctx):
        bad(f"{svc}: build context {ctx} does not exist")
        return None
    if not os.path.isfile(df):
        bad(f"{svc}: Dockerfile {df} does not exist")
        return None
    ok(f"{svc}: builds {os.path.relpath(df, base)}")
    text = open(df, encoding="utf-8").read().replace("\\\n", " ")
    exposed = set()
    for line in text.splitlines():
        t = line.strip()
        m = re.match(r"(?i)^(COPY|ADD)\s+(.*)$", t)
        if m:
            args = m.group(2).strip()
            if "--from=" in args:
                continue
            if args.startswith("["):
                parts = json.loads(args)
            else:
                parts = [a for a in args.split() if not a.startswith("--")]
            for src in parts[:-1]:
                if re.match(r"^[a-z]+://", src):
                    continue
                if not glob.glob(os.path.join(ctx, src)):
                    bad(f"{svc}: {os.path.relpath(df, base)} copies '{src}', which is not in the build context")
        m = re.match(r"(?i)^EXPOSE\s+(.*)$", t)
        if m:
            exposed |= {int(p.split("/")[0]) for p in m.group(1).split()}
    return ctx, exposed

for svc in ("backend", "frontend"):
    r = check_build(svc)
    if r:
        ctx, exposed = r
        targets = {c for _, c in ports_of(svc)}
        if exposed and not (targets <= exposed):
            bad(f"{svc}: publishes container port(s) {sorted(targets)} but its Dockerfile exposes {sorted(exposed)}")
        elif exposed:
            ok(f"{svc}: container port(s) {sorted(targets)} exposed by the Dockerfile")

# nginx listens where the frontend's published port points
nginx_conf = os.path.join(base, "frontend", "nginx", "default.conf")
if os.path.exists(nginx_conf):
    listens = {int(m) for m in re.findall(r"^\s*listen\s+(?:\S*:)?(\d+)", open(nginx_conf).read(), re.M)}
    targets = {c for _, c in ports_of("frontend")}
    if targets and targets <= listens:
        ok(f"frontend: nginx listens on {sorted(listens)}")
    else:
        bad(f"frontend: compose targets container port(s) {sorted(targets)}, nginx listens on {sorted(listens)}")

# --- Keycloak: realm mount, command, ports -------------------------------------------------
kc = services["keycloak"]
cmd = command_list("keycloak")
if "--import-realm" in cmd:
    ok("keycloak: --import-realm")
else:
    bad("keycloak: command lacks --import-realm")
http_port = option(cmd, "--http-port") or "8080"
kc_targets = {c for h, c in ports_of("keycloak") if h == kc_port}
if kc_targets and kc_targets == {int(http_port)}:
    ok(f"keycloak: {kc_port} -> --http-port {http_port}")
else:
    bad(f"keycloak: published {kc_port} maps to {sorted(kc_targets)}, but Keycloak listens on --http-port {http_port}")
hostname = (option(cmd, "--hostname") or "").rstrip("/")
if hostname == f"http://localhost:{kc_port}":
    ok(f"keycloak: --hostname {hostname}")
else:
    bad(f"keycloak: --hostname is '{hostname}', browsers reach it at http://localhost:{kc_port}")

realm = None
mounts = []
for v in kc.get("volumes") or []:
    if isinstance(v, dict):
        mounts.append((v.get("source"), v.get("target")))
    else:
        parts = str(v).split(":")
        if len(parts) >= 2:
            mounts.append((parts[0], parts[1]))
import_mounts = [(s, t) for s, t in mounts if t and t.startswith("/opt/keycloak/data/import")]
if not import_mounts:
    bad("keycloak: nothing is mounted into /opt/keycloak/data/import/")
for src, tgt in import_mounts:
    path = src if os.path.isabs(src) else os.path.normpath(os.path.join(base, src))
    if not os.path.isfile(path):
        bad(f"keycloak: mounted realm file {src} does not exist")
        continue
    try:
        raw = open(path, encoding="utf-8").read()
        # Keycloak resolves ${VAR} placeholders of an imported realm from its own environment.
        kc_env = env_of("keycloak")
        for ph in sorted(set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)\}", raw))):
            if ph in kc_env:
                raw = raw.replace("${" + ph + "}", kc_env[ph])
            else:
                bad(f"keycloak: the realm file uses ${{{ph}}} but the keycloak service does not set {ph}")
        realm = json.loads(raw)
        ok(f"keycloak: mounts {os.path.relpath(path, base)} (realm '{realm.get('realm')}') at {tgt}")
        demo_users = [u["username"] for u in realm.get("users", []) if not u.get("serviceAccountClientId")]
        if os.path.basename(path) == "xianan-realm.prod.json":
            if demo_users or realm.get("sslRequired") != "external" or not realm.get("bruteForceProtected"):
                bad("keycloak: the production realm file has demo users, sslRequired other than external or no brute-force detection")
            else:
                ok("keycloak: production realm (no demo users, sslRequired external, brute-force detection)")
        elif os.environ.get("KEYCLOAK_REALM_FILE"):
            ok(f"keycloak: {os.path.basename(path)} chosen by KEYCLOAK_REALM_FILE ({len(demo_users)} demo users)")
        else:
            bad(f"keycloak: by default compose must import the production realm, not {os.path.basename(path)}")
    except ValueError as e:
        bad(f"keycloak: mounted realm file {src} is not valid JSON: {e}")
    if not tgt.endswith(".json") and not tgt.endswith("/import") and not tgt.endswith("/import/"):
        bad(f"keycloak: realm mounted at {tgt}; Keycloak imports *.json files from /opt/keycloak/data/import/")
realm_name = (realm or {}).get("realm", "xianan")

# --- backend environment -------------------------------------------------------------------
be = env_of("backend")
issuer_expected = f"http://localhost:{kc_port}/realms/{realm_name}"
u = urlparse(be.get("OIDC_URL", ""))
if u.hostname == "keycloak" and u.port == int(http_port) and u.path.rstrip("/") == f"/realms/{realm_name}":
    ok(f"backend: OIDC_URL {be['OIDC_URL']}")
else:
    bad(f"backend: OIDC_URL must be http://keycloak:{http_port}/realms/{realm_name}, got '{be.get('OIDC_URL')}'")
if be.get("OIDC_ISSUER", "").rstrip("/") == issuer_expected and hostname + f"/realms/{realm_name}" == issuer_expected:
    ok(f"backend: OIDC_ISSUER {issuer_expected} (= Keycloak --hostname)")
else:
    bad(f"backend: OIDC_ISSUER must be {issuer_expected} (the issuer browsers' tokens carry), got '{be.get('OIDC_ISSUER')}'")
m = re.match(r"^jdbc:postgresql://([^:/]+)(?::(\d+))?/([^?]+)", be.get("DB_URL", ""))
pg_db = env_of("postgres").get("POSTGRES_DB", "postgres")
if m and m.group(1) == "postgres" and int(m.group(2) or 5432) == 5432 and m.group(3) == pg_db:
    ok(f"backend: DB_URL {be['DB_URL']}")
else:
    bad(f"backend: DB_URL must point at jdbc:postgresql://postgres:5432/{pg_db}, got '{be.get('DB_URL')}'")
pg_env = env_of("postgres")
if be.get("DB_USER", "postgres") == pg_env.get("POSTGRES_USER", "postgres") and be.get("DB_PASSWORD") == pg_env.get("POSTGRES_PASSWORD"):
    ok("backend: DB_USER/DB_PASSWORD match the postgres service")
else:
    bad("backend: DB_USER/DB_PASSWORD differ from POSTGRES_USER/POSTGRES_PASSWORD")
spa_origin = f"http://localhost:{spa_port}"
origins = [o.strip().rstrip("/") for o in be.get("CORS_ORIGINS", "").split(",") if o.strip()]
if spa_origin in origins:
    ok(f"backend: CORS_ORIGINS allows {spa_origin}")
else:
    bad(f"backend: CORS_ORIGINS {origins} lacks the SPA origin {spa_origin}")

deps = services["backend"].get("depends_on") or {}
deps = {d: {} for d in deps} if isinstance(deps, list) else deps
for d in ("postgres", "keycloak"):
    if d not in deps:
        bad(f"backend: does not depend on {d}")
    elif deps[d].get("condition") == "service_healthy" and not services[d].get("healthcheck"):
        bad(f"backend: waits for {d} to be healthy, but {d} has no healthcheck")
    else:
        ok(f"backend: depends on {d} ({deps[d].get('condition', 'service_started')})")
fdeps = services["frontend"].get("depends_on") or {}
fdeps = {d: {} for d in fdeps} if isinstance(fdeps, list) else fdeps
for d, c in fdeps.items():
    if c.get("condition") == "service_healthy" and not services.get(d, {}).get("healthcheck"):
        bad(f"frontend: waits for {d} to be healthy, but {d} has no healthcheck")

# --- frontend environment vs realm ----------------------------------------------------------
fe = env_of("frontend")
for key, want in (("API_URL", f"http://localhost:{api_port}"), ("KEYCLOAK_URL", f"http://localhost:{kc_port}")):
    if fe.get(key, "").rstrip("/") == want:
        ok(f"frontend: {key} {want}")
    else:
        bad(f"frontend: {key} must be {want}, got '{fe.get(key)}'")
if fe.get("KEYCLOAK_REALM", "xianan") != realm_name:
    bad(f"frontend: KEYCLOAK_REALM '{fe.get('KEYCLOAK_REALM')}' is not the imported realm '{realm_name}'")
client_id = fe.get("KEYCLOAK_CLIENT_ID", "spa")
if realm:
    client = next((c for c in realm.get("clients", []) if c.get("clientId") == client_id), None)
    if not client:
        bad(f"frontend: client '{client_id}' is not in the realm")
    else:
        redirects = client.get("redirectUris", [])
        if any(r in (spa_origin + "/*", spa_origin + "/") or r.startswith(spa_origin + "/") for r in redirects):
            ok(f"realm: client {client_id} redirects to {spa_origin}")
        else:
            bad(f"realm: client {client_id} has no redirect URI for {spa_origin} ({redirects})")
        web = client.get("webOrigins", [])
        if spa_origin in web or "+" in web or "*" in web:
            ok(f"realm: client {client_id} allows web origin {spa_origin}")
        else:
            bad(f"realm: client {client_id} web origins {web} lack {spa_origin}")

# --- named volumes are declared -------------------------------------------------------------
declared = set((doc.get("volumes") or {}).keys())
for svc, spec in services.items():
    for v in spec.get("volumes") or []:
        src = v.get("source") if isinstance(v, dict) else str(v).split(":")[0]
        kind = v.get("type") if isinstance(v, dict) else None
        if src and not src.startswith((".", "/", "~")) and kind in (None, "volume") and src not in declared:
            bad(f"{svc}: named volume '{src}' is not declared under volumes:")

for o in oks:
    print("  ok       " + o)
for p in problems:
    print("  MISMATCH " + p, file=sys.stderr)
print(f"check-compose: {len(oks)} ok, {len(problems)} mismatch(es) [{mode}; ports from {source}]")
sys.exit(1 if problems else 0)
PY

echo "check-compose: $COMPOSE"
# Where the Compose CLI exists (it needs no engine for this), let it validate the file too.
if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  docker compose -f "$COMPOSE" config -q || { echo "  MISMATCH docker compose config rejects the file" >&2; exit 1; }
  echo "  ok       docker compose config -q"
fi
if command -v python3 >/dev/null 2>&1 && python3 -c 'import yaml' >/dev/null 2>&1; then
  exec python3 -c "$CHECKER" yaml "$COMPOSE" "$README"
fi
if command -v python3 >/dev/null 2>&1 && command -v docker >/dev/null 2>&1 \
   && docker compose version >/dev/null 2>&1; then
  # no PyYAML: let the Compose CLI parse (and validate) the file; it needs no engine for this
  docker compose -f "$COMPOSE" config --format json | python3 -c "$CHECKER" json "$COMPOSE" "$README"
  exit $?
fi

# Last resort: coarse checks with grep.
echo "check-compose: neither PyYAML nor the Compose CLI is available; coarse grep-based check" >&2
rc=0
for s in postgres keycloak backend frontend; do
  grep -qE "^  $s:" "$COMPOSE" || { echo "  MISMATCH service '$s' is missing" >&2; rc=1; }
done
for p in '"8180:8180"' '"8080:8080"' '"5173:80"'; do
  grep -qF -- "$p" "$COMPOSE" || { echo "  MISMATCH port mapping $p not found" >&2; rc=1; }
done
grep -qE '^\s*-\s*"?[0-9]+:5432' "$COMPOSE" && { echo "  MISMATCH postgres must stay inside the network" >&2; rc=1; }
realm_src="$(grep -oE '\./[^:" ]+\.json:/opt/keycloak/data/import' "$COMPOSE" | head -1 | cut -d: -f1)"
if [[ -z "$realm_src" || ! -f "$COMPOSE_DIR/$realm_src" ]]; then
  echo "  MISMATCH realm file mounted into /opt/keycloak/data/import/ not found ('$realm_src')" >&2; rc=1
fi
for ctx in $(grep -E '^\s*build:\s*\S' "$COMPOSE" | awk '{print $2}'); do
  [[ -f "$COMPOSE_DIR/$ctx/Dockerfile" ]] || { echo "  MISMATCH $ctx/Dockerfile not found" >&2; rc=1; }
done
grep -q 'OIDC_ISSUER: http://localhost:8180/realms/xianan' "$COMPOSE" || { echo "  MISMATCH backend OIDC_ISSUER" >&2; rc=1; }
grep -q -- '--hostname=http://localhost:8180' "$COMPOSE" || { echo "  MISMATCH keycloak --hostname" >&2; rc=1; }
(( rc == 0 )) && echo "check-compose: coarse checks passed"
exit $rc
