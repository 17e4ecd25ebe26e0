#!/usr/bin/env python3
"""The PRODUCTION realm file, derived from the dev realm so that roles, groups, the user profile
and the token mappers can never drift apart, and checked by `make test`.

  prod-realm.py generate          write xianan-realm.prod.json from xianan-realm.json
  prod-realm.py check             the committed prod file is current and safe (static)
  prod-realm.py live <keycloak>   import it (renamed) into a running Keycloak through the admin
                                  API, check what Keycloak made of it, delete it again

What production changes (issue 11): no demo users and no password-grant clients (only the two
service-account users, which carry the service accounts' roles); client secrets, the SPA's URL
and the admin-facing display come from environment placeholders that Keycloak resolves at
import (`${HR_SYSTEM_SECRET}` …); brute-force detection on; `sslRequired: external`; a password
policy; short-lived tokens as in dev.
"""
import copy
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "xianan-realm.json")
PROD = os.path.join(HERE, "xianan-realm.prod.json")

# Keycloak's policy syntax; checked live below by setting a weak password and expecting refusal.
PASSWORD_POLICY = ("length(12) and upperCase(1) and lowerCase(1) and digits(1) and specialChars(1)"
                   " and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)")
BRUTE_FORCE = {
    "bruteForceProtected": True,
    "permanentLockout": False,
    "failureFactor": 5,                  # five wrong passwords…
    "waitIncrementSeconds": 60,          # …lock the account for a minute, growing per failure
    "maxFailureWaitSeconds": 900,        # up to 15 minutes
    "maxDeltaTimeSeconds": 43200,        # failures are counted over 12 hours
    "quickLoginCheckMilliSeconds": 1000,
    "minimumQuickLoginWaitSeconds": 60,
}
# Placeholders resolved by Keycloak from its environment when it imports the file.
SECRETS = {"hr-system": "${HR_SYSTEM_SECRET}", "data-platform": "${DATA_PLATFORM_SECRET}"}
SPA_URL = "${SPA_URL}"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def derive(dev):
    r = copy.deepcopy(dev)
    r["displayNameHtml"] = r.get("displayName", r["realm"])
    r["sslRequired"] = "external"
    r["registrationAllowed"] = False
    r["resetPasswordAllowed"] = False
    r["rememberMe"] = False
    r["passwordPolicy"] = PASSWORD_POLICY
    r.update(BRUTE_FORCE)
    # Only service-account users: they carry the roles of hr-system and data-platform.
    r["users"] = [u for u in r.get("users", []) if u.get("serviceAccountClientId")]
    clients = []
    for c in r["clients"]:
        if c.get("directAccessGrantsEnabled"):
            continue                      # the api-tests* clients: password grant, tests only
        c = copy.deepcopy(c)
        if c["clientId"] in SECRETS:
            c["secret"] = SECRETS[c["clientId"]]
        if c["clientId"] == "spa":
            c["baseUrl"] = SPA_URL + "/"
            c["redirectUris"] = [SPA_URL + "/*"]
            c["webOrigins"] = [SPA_URL]
            c.setdefault("attributes", {})["post.logout.redirect.uris"] = SPA_URL + "/*"
        clients.append(c)
    r["clients"] = clients
    return r


def dumps(realm):
    return json.dumps(realm, ensure_ascii=False, indent=2) + "\n"


def problems_of(prod, dev):
    """Everything that would make the file unfit for production, as sentences."""
    p = []
    if prod.get("sslRequired") != "external":
        p.append(f"sslRequired is {prod.get('sslRequired')!r}, must be 'external'")
    if not prod.get("bruteForceProtected"):
        p.append("brute-force detection is off")
    if not prod.get("passwordPolicy"):
        p.append("no password policy")
    humans = [u["username"] for u in prod.get("users", []) if not u.get("serviceAccountClientId")]
    if humans:
        p.append(f"demo users present: {humans}")
    for c in prod["clients"]:
        if c.get("directAccessGrantsEnabled"):
            p.append(f"client {c['clientId']} allows the password grant")
        if c.get("implicitFlowEnabled"):
            p.append(f"client {c['clientId']} allows the implicit flow")
        secret = c.get("secret")
        if secret and not (secret.startswith("${") and secret.endswith("}")):
            p.append(f"client {c['clientId']} has a literal secret in the file")
        for uri in c.get("redirectUris", []) + c.get("webOrigins", []):
            if "localhost" in uri or uri in ("*", "/*"):
                p.append(f"client {c['clientId']} allows {uri}")
    dev_clients = {c["clientId"] for c in dev["clients"] if not c.get("directAccessGrantsEnabled")}
    if {c["clientId"] for c in prod["clients"]} != dev_clients:
        p.append("clients differ from the dev realm's non-test clients")
    if prod["roles"] != dev["roles"] or prod.get("groups") != dev.get("groups"):
        p.append("roles or groups differ from the dev realm")
    return p


def check():
    dev, prod = load(DEV), load(PROD)
    errors = problems_of(prod, dev)
    if dumps(derive(dev)) != open(PROD, encoding="utf-8").read():
        errors.append("xianan-realm.prod.json is stale: run backend/keycloak/prod-realm.py generate")
    if not problems_of(dev, dev):
        errors.append("the check finds nothing wrong with the DEV realm, so it checks nothing")
    for e in errors:
        print(f"prod realm: {e}", file=sys.stderr)
    if errors:
        sys.exit(1)
    print(f"prod realm: current; {len(prod['clients'])} clients, {len(prod['users'])} service-account users, "
          f"sslRequired external, brute force on, policy '{prod['passwordPolicy'].split(' and ')[0]}…'")


def http(method, url, token=None, body=None, form=None):
    headers = {}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            raw = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw) if raw else None
        except ValueError:
            return e.code, raw.decode(errors="replace")


def live(base):
    """Keycloak itself accepts the file and enforces what it says."""
    base = base.rstrip("/")
    user, password = os.environ.get("KC_ADMIN_USER", "admin"), os.environ.get("KC_ADMIN_PASSWORD", "admin")
    status, tok = http("POST", f"{base}/realms/master/protocol/openid-connect/token",
                       form={"grant_type": "password", "client_id": "admin-cli", "username": user, "password": password})
    if status != 200:
        sys.exit(f"prod realm live check: no admin token from {base} ({status})")
    token = tok["access_token"]
    name = "xianan-prod-check"
    text = open(PROD, encoding="utf-8").read()
    # Keycloak resolves these from its environment at startup import; the admin API does not, so
    # the check fills them in the same way.
    for placeholder, value in (("${HR_SYSTEM_SECRET}", "check-hr-system-secret-0123456789"),
                               ("${DATA_PLATFORM_SECRET}", "check-data-platform-secret-0123456789"),
                               ("${SPA_URL}", "https://reform.xianan.example.gov.cn")):
        text = text.replace(placeholder, value)
    realm = json.loads(text)
    realm["realm"] = name
    http("DELETE", f"{base}/admin/realms/{name}", token)
    errors = []
    try:
        status, body = http("POST", f"{base}/admin/realms", token, realm)
        if status != 201:
            sys.exit(f"prod realm live check: Keycloak refused the import ({status}): {body}")
        status, got = http("GET", f"{base}/admin/realms/{name}", token)
        if got.get("sslRequired") != "external" or not got.get("bruteForceProtected") or got.get("passwordPolicy") != PASSWORD_POLICY:
            errors.append(f"imported realm lost a setting: sslRequired={got.get('sslRequired')} "
                          f"bruteForce={got.get('bruteForceProtected')} policy={got.get('passwordPolicy')}")
        status, users = http("GET", f"{base}/admin/realms/{name}/users?briefRepresentation=true&max=100", token)
        humans = [u["username"] for u in users if not u["username"].startswith("service-account-")]
        if humans:
            errors.append(f"imported realm has users {humans}")
        # The password policy is enforced: a demo-style password is refused for a new user.
        status, _ = http("POST", f"{base}/admin/realms/{name}/users", token,
                         {"username": "policy-probe", "enabled": True,
                          "credentials": [{"type": "password", "value": "demo", "temporary": False}]})
        if status < 400:
            errors.append(f"a user with password 'demo' was accepted ({status})")
        # No password grant: the test client does not exist, the SPA's client refuses the grant.
        for client in ("api-tests", "spa"):
            status, body = http("POST", f"{base}/realms/{name}/protocol/openid-connect/token",
                                form={"grant_type": "password", "client_id": client, "username": "federation-lead", "password": "demo"})
            if status == 200:
                errors.append(f"password grant through {client} answered a token")
        # The service accounts work with the secret the deployment provides.
        status, body = http("POST", f"{base}/realms/{name}/protocol/openid-connect/token",
                            form={"grant_type": "client_credentials", "client_id": "hr-system",
                                  "client_secret": "check-hr-system-secret-0123456789"})
        if status != 200:
            errors.append(f"hr-system's client-credentials grant failed ({status}): {body}")
        status, body = http("POST", f"{base}/realms/{name}/protocol/openid-connect/token",
                            form={"grant_type": "client_credentials", "client_id": "hr-system", "client_secret": "hr-system-secret"})
        if status == 200:
            errors.append("hr-system accepted the dev secret")
    finally:
        http("DELETE", f"{base}/admin/realms/{name}", token)
    for e in errors:
        print(f"prod realm live check: {e}", file=sys.stderr)
    if errors:
        sys.exit(1)
    print("prod realm live check: Keycloak imported it; no users, no password grant, weak password refused, "
          "service account works only with the deployment's secret")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "generate":
        with open(PROD, "w", encoding="utf-8") as f:
            f.write(dumps(derive(load(DEV))))
        print(f"wrote {os.path.relpath(PROD)}")
    elif cmd == "check":
        check()
    elif cmd == "live" and len(sys.argv) > 2:
        live(sys.argv[2])
    else:
        sys.exit(__doc__)
