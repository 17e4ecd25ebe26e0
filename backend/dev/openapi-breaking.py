#!/usr/bin/env python3
"""Breaking changes of the committed OpenAPI document against its previous committed version.

    python3 backend/dev/openapi-breaking.py backend/src/main/openapi/openapi.json \
        --allow backend/src/main/openapi/allowed-breaks.txt [--base <git rev>] [--self-test]

The "previous version" is the newest version of the file in git history that differs from the
file as it is now (working tree): right after `openapi.sh update` that is the version at HEAD,
after the commit it is the version before it. No earlier version (the first commit) passes.

A break is what makes a client generated from the old document fail on the new API:
  removed-path, removed-operation        an operation clients call is gone
  removed-response-property              a field clients read is no longer answered
  response-property-nullable             a field clients read as non-null may now be null
  response-property-optional             a field clients read is no longer always answered
  removed-enum-value                     a value clients send (request) is refused
  added-enum-value-in-response           a value clients do not know arrives (response)
  new-required-request-property          an old client's body now lacks a field
  new-required-parameter                 an old client's call now lacks a parameter
  changed-type                           a property's JSON type changed
Each break prints as one line "<kind> <where>"; a line of the allow-list file (reviewed in the
pull request, with a comment saying why) lets that exact break pass.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True).stdout


def previous_version(path: Path, base: str | None):
    top = Path(git("rev-parse", "--show-toplevel", cwd=path.parent).decode().strip())
    rel = path.resolve().relative_to(top).as_posix()
    current = path.read_bytes()
    if base:
        return base, git("show", f"{base}:{rel}", cwd=top)
    revs = git("log", "--format=%H", "--", rel, cwd=top).decode().split()
    for rev in revs:
        try:
            blob = git("show", f"{rev}:{rel}", cwd=top)
        except subprocess.CalledProcessError:
            continue  # the file was deleted in that commit
        if blob != current:
            return rev, blob
    return None, None


def types(schema):
    if "$ref" in schema:  # a reference names the type; a "type" beside it only repeats it
        return {"ref:" + schema["$ref"]}
    t = schema.get("type")
    if t is None:
        out = set()
        for alt in schema.get("anyOf", []) + schema.get("oneOf", []):
            out |= types(alt)
        return out
    return set(t) if isinstance(t, list) else {t}


def non_null(ts):
    return {t for t in ts if t != "null"}


class Usage:
    """Which component schemas are reached from responses and from request bodies."""

    def __init__(self, doc):
        self.schemas = doc.get("components", {}).get("schemas", {})
        self.responses, self.requests = set(), set()
        for item in doc.get("paths", {}).values():
            for m in METHODS:
                op = item.get(m)
                if not op:
                    continue
                for media in op.get("requestBody", {}).get("content", {}).values():
                    self.walk(media.get("schema"), self.requests)
                for resp in op.get("responses", {}).values():
                    for media in resp.get("content", {}).values():
                        self.walk(media.get("schema"), self.responses)

    def walk(self, s, into):
        if not isinstance(s, dict):
            return
        ref = s.get("$ref")
        if ref and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in into:
                into.add(name)
                self.walk(self.schemas.get(name), into)
        for p in s.get("properties", {}).values():
            self.walk(p, into)
        for k in ("items", "additionalProperties"):
            self.walk(s.get(k), into)
        for k in ("anyOf", "oneOf", "allOf"):
            for alt in s.get(k, []):
                self.walk(alt, into)


def breaks(old, new):
    out = []
    old_paths, new_paths = old.get("paths", {}), new.get("paths", {})
    for path, item in old_paths.items():
        if path not in new_paths:
            out.append(f"removed-path {path}")
            continue
        for m in METHODS:
            if m in item and m not in new_paths[path]:
                out.append(f"removed-operation {m.upper()} {path}")
            elif m in item:
                old_params = {(p.get("in"), p.get("name")) for p in item[m].get("parameters", []) if "name" in p}
                for p in new_paths[path][m].get("parameters", []):
                    if p.get("required") and (p.get("in"), p.get("name")) not in old_params:
                        out.append(f"new-required-parameter {m.upper()} {path} {p.get('in')}:{p.get('name')}")
    ou, nu = Usage(old), Usage(new)
    old_s, new_s = ou.schemas, nu.schemas
    for name, os_ in old_s.items():
        ns = new_s.get(name)
        if ns is None:
            continue  # a schema no longer used: its operations' removal is reported above
        in_resp = name in ou.responses and name in nu.responses
        in_req = name in nu.requests
        old_enum, new_enum = set(map(json.dumps, os_.get("enum", []))), set(map(json.dumps, ns.get("enum", [])))
        if in_req or not in_resp:
            for v in sorted(old_enum - new_enum):
                out.append(f"removed-enum-value {name} {v}")
        if in_resp:
            for v in sorted(new_enum - old_enum):
                out.append(f"added-enum-value-in-response {name} {v}")
        op_, np_ = os_.get("properties", {}), ns.get("properties", {})
        old_req, new_req = set(os_.get("required", [])), set(ns.get("required", []))
        for prop, osch in op_.items():
            nsch = np_.get(prop)
            if nsch is None:
                if in_resp:
                    out.append(f"removed-response-property {name}.{prop}")
                continue
            ot, nt = types(osch), types(nsch)
            if non_null(ot) and non_null(nt) and non_null(ot) != non_null(nt):
                out.append(f"changed-type {name}.{prop} {sorted(non_null(ot))} -> {sorted(non_null(nt))}")
            if in_resp and "null" in nt and "null" not in ot:
                out.append(f"response-property-nullable {name}.{prop}")
            if in_resp and prop in old_req and prop not in new_req:
                out.append(f"response-property-optional {name}.{prop}")
        if in_req:
            for prop in sorted(new_req - old_req):
                out.append(f"new-required-request-property {name}.{prop}")
    return out


def allowed(path):
    if not path or not Path(path).exists():
        return set()
    return {line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def self_test():
    base = {"paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}},
                             "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/R"}}}},
                                      "responses": {"204": {"description": "ok"}}}}},
            "components": {"schemas": {
                "A": {"type": "object", "required": ["x", "y"], "properties": {"x": {"type": "string"}, "y": {"type": "integer"}}},
                "R": {"type": "object", "properties": {"k": {"$ref": "#/components/schemas/K"}, "n": {"type": "string"}}},
                "K": {"type": "string", "enum": ["ONE", "TWO"]}}}}
    assert breaks(base, base) == [], breaks(base, base)
    new = json.loads(json.dumps(base))
    del new["components"]["schemas"]["A"]["properties"]["y"]
    new["components"]["schemas"]["A"]["properties"]["x"]["type"] = ["string", "null"]
    new["components"]["schemas"]["K"]["enum"] = ["ONE"]
    new["components"]["schemas"]["R"]["required"] = ["n"]
    found = breaks(base, new)
    for expected in ("removed-response-property A.y", "response-property-nullable A.x", 'removed-enum-value K "TWO"',
                     "new-required-request-property R.n"):
        assert expected in found, (expected, found)
    gone = json.loads(json.dumps(base))
    del gone["paths"]["/a"]["post"]
    assert breaks(base, gone) == ["removed-operation POST /a"], breaks(base, gone)
    added = json.loads(json.dumps(base))
    added["paths"]["/b"] = {"get": {"responses": {}}}
    added["components"]["schemas"]["A"]["properties"]["z"] = {"type": "string"}
    assert breaks(base, added) == [], breaks(base, added)
    print("openapi-breaking self-test: ok")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("document", nargs="?")
    ap.add_argument("--allow")
    ap.add_argument("--base", help="compare with this git revision instead of the previous version")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        self_test()
        if not a.document:
            return 0
    path = Path(a.document)
    rev, blob = previous_version(path, a.base)
    if blob is None:
        print(f"{path}: no previous committed version — nothing to compare (first version of the contract)")
        return 0
    found = breaks(json.loads(blob), json.loads(path.read_text(encoding="utf-8")))
    ok = allowed(a.allow)
    refused = [b for b in found if b not in ok]
    for b in found:
        print(("allowed  " if b in ok else "BREAKING ") + b)
    if refused:
        print(f"\n{len(refused)} breaking change(s) of {path} against {rev[:12]}. Keep the old shape, or — when the break is intended "
              f"and announced to the client systems — add the exact line(s) to {a.allow} with a comment saying why.", file=sys.stderr)
        return 1
    print(f"{path}: no unallowed breaking change against {rev[:12]} ({len(found)} allowed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
