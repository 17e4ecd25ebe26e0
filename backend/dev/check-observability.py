#!/usr/bin/env python3
"""Static check of the observability files in backend/deploy/observability (issue 12).

- grafana-dashboard.json and alerts.yml parse, and have the panels and alerts operations rely on;
- every metric name they use is one the API really exposes, with the labels their selectors and
  groupings name: compared with target/metrics-names.txt, which MetricsEndpointTest writes from a
  real /q/metrics scrape (run by `mvn verify` before this check in `make test`);
- promtool (from Debian's prometheus package, downloaded and unpacked into a temporary directory
  when it is not installed; nothing is installed or started) accepts the rules and the sample
  scrape configuration, and `promtool test rules alerts.test.yml` fires every alert.

Usage: backend/dev/check-observability.py   (from anywhere; exit status 1 on any problem)
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BACKEND = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OBS = os.path.join(BACKEND, "deploy", "observability")
NAMES = os.path.join(BACKEND, "target", "metrics-names.txt")

# Series Prometheus makes itself, and the labels it adds to every scraped series.
SYNTHETIC = {"up": set()}
TARGET_LABELS = {"job", "instance"}
KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "and", "or", "unless",
            "inf", "nan", "atan2"}
GROUPING = r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)"

# What the dashboard must show and what the alerts must watch (brief of issue 12).
DASHBOARD_NEEDS = {
    "request rate / error rate": "http_server_requests_seconds_count",
    "p50/p99 latency by route": "http_server_requests_seconds_bucket",
    "DB pool usage": "agroal_active_count",
    "JVM heap": "jvm_memory_used_bytes",
    "import rows/s": "xianan_import_rows_processed_total",
    "jobs by state": "xianan_background_jobs",
    "applications by state": "xianan_subsidy_applications",
    "funds committed": "xianan_subsidy_funds_committed_yuan",
}
ALERTS_NEED = {
    "5xx error rate": "http_server_requests_seconds_count",
    "p99 latency": "http_server_requests_seconds_bucket",
    "job failures": "xianan_background_jobs",
    "pool saturation": "agroal_awaiting_count",
    "instance down": "up",
}

problems = []


def fail(msg):
    problems.append(msg)


def load_yaml(path):
    try:
        import yaml
    except ImportError:
        if os.geteuid() == 0:
            subprocess.run(["apt-get", "install", "-y", "-qq", "python3-yaml"], check=True, stdout=subprocess.DEVNULL,
                           env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
            import yaml
        else:
            sys.exit("PyYAML missing: sudo apt-get install -y python3-yaml")
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def refs(expr):
    """(metric names, {metric: selector label names}, grouping label names) used by one PromQL expression."""
    e = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)                # string literals (label values, regexes)
    e = re.sub(r"\$\{?\w+\}?", "1m", e)                          # Grafana variables ($__rate_interval, $job)
    e = re.sub(r"\[[^\]]*\]", "", e)                              # range and subquery brackets
    grouping = {l.strip() for g in re.findall(GROUPING, e) for l in g.split(",") if l.strip()}
    e = re.sub(GROUPING, " ", e)
    selector_labels = {}
    for name, body in re.findall(r"([a-zA-Z_:][\w:]*)?\s*\{([^}]*)\}", e):
        labels = set(re.findall(r"([a-zA-Z_]\w*)\s*(?:=~|!~|!=|=)", body))
        if name:
            selector_labels.setdefault(name, set()).update(labels)
        else:
            m = re.search(r'__name__\s*=\s*""', body)
            if m:
                fail(f"selector by __name__ cannot be checked: {expr}")
    e = re.sub(r"\{[^}]*\}", " ", e)
    names = set()
    for m in re.finditer(r"(?<![\w:.])([a-zA-Z_:][\w:]*)\s*(\()?", e):
        if m.group(2) is None and m.group(1).lower() not in KEYWORDS:
            names.add(m.group(1))
    return names, selector_labels, grouping


def self_test():
    names, sel, grp = refs('histogram_quantile(0.99, sum by (le, uri) (rate(http_server_requests_seconds_bucket{job=~"$job", uri!~"a|b"}[5m]))) > 2 '
                           'and max(x_total offset 30m) - 1e3')
    assert names == {"http_server_requests_seconds_bucket", "x_total"}, names
    assert sel == {"http_server_requests_seconds_bucket": {"job", "uri"}}, sel
    assert grp == {"le", "uri"}, grp


def check_expr(where, expr, exposed):
    names, selector_labels, grouping = refs(expr)
    if not names:
        fail(f"{where}: no metric found in {expr!r}")
    available = set(TARGET_LABELS)
    for n in names:
        if n in SYNTHETIC:
            available |= SYNTHETIC[n]
            continue
        if n not in exposed:
            fail(f"{where}: metric {n} is not exposed by the API (not in {os.path.relpath(NAMES)})")
            continue
        available |= exposed[n]
        if n.endswith("_bucket"):
            available.add("le")
    for n, labels in selector_labels.items():
        known = SYNTHETIC.get(n, exposed.get(n, set())) | TARGET_LABELS | ({"le"} if n.endswith("_bucket") else set())
        for l in labels - known:
            fail(f"{where}: label {l} is not a label of {n}")
    for l in grouping - available:
        fail(f"{where}: grouping label {l} is on none of {sorted(names)}")
    return names


def panels_of(panels):
    for p in panels:
        yield p
        yield from panels_of(p.get("panels", []))


def check_dashboard(exposed):
    path = os.path.join(OBS, "grafana-dashboard.json")
    with open(path, encoding="utf-8") as f:
        dash = json.load(f)
    used = set()
    count = 0
    for p in panels_of(dash.get("panels", [])):
        if p.get("type") == "row":
            continue
        if not p.get("title") or not p.get("targets"):
            fail(f"dashboard: panel {p.get('id')} has no title or no queries")
        for t in p.get("targets", []):
            count += 1
            used |= check_expr(f"dashboard panel {p.get('title')!r}", t.get("expr", ""), exposed)
    for v in dash.get("templating", {}).get("list", []):
        if v.get("type") != "query":
            continue
        q = v["query"]["query"] if isinstance(v.get("query"), dict) else v.get("query", "")
        m = re.fullmatch(r"\s*label_values\(\s*([a-zA-Z_:][\w:]*)\s*,\s*(\w+)\s*\)\s*", q)
        if not m:
            fail(f"dashboard variable {v.get('name')}: query {q!r} is not label_values(metric, label)")
            continue
        if m.group(1) not in exposed:
            fail(f"dashboard variable {v.get('name')}: metric {m.group(1)} is not exposed")
        elif m.group(2) not in exposed[m.group(1)] | TARGET_LABELS:
            fail(f"dashboard variable {v.get('name')}: {m.group(1)} has no label {m.group(2)}")
        used.add(m.group(1))
    for what, metric in DASHBOARD_NEEDS.items():
        if metric not in used:
            fail(f"dashboard: no panel shows {what} ({metric})")
    print(f"dashboard: {count} queries, {len(used)} metrics, all exposed")


def check_alerts(exposed):
    rules = load_yaml(os.path.join(OBS, "alerts.yml"))
    watched = set()
    count = 0
    for g in rules.get("groups", []):
        for r in g.get("rules", []):
            name = r.get("alert") or r.get("record")
            if not name or "expr" not in r:
                fail(f"alerts: a rule of group {g.get('name')} has no name or no expr")
                continue
            count += 1
            if r.get("alert"):
                if r.get("labels", {}).get("severity") not in ("critical", "warning"):
                    fail(f"alerts: {name} needs labels.severity critical or warning")
                if not r.get("annotations", {}).get("summary"):
                    fail(f"alerts: {name} needs annotations.summary")
            watched |= check_expr(f"alert {name}", str(r["expr"]), exposed)
    for what, metric in ALERTS_NEED.items():
        if metric not in watched:
            fail(f"alerts: no rule watches {what} ({metric})")
    print(f"alerts: {count} rules, {len(watched)} metrics, all exposed")


def promtool(tmp):
    found = shutil.which("promtool")
    if found:
        return found
    # Debian's prometheus package carries promtool; unpacked only, so no server is installed or started.
    for attempt in (1, 2):
        r = subprocess.run(["apt-get", "download", "-q", "prometheus"], cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode == 0:
            break
        if attempt == 1 and os.geteuid() == 0:
            subprocess.run(["apt-get", "update", "-qq"], check=False, stdout=subprocess.DEVNULL)
            continue
        sys.exit("promtool is missing and `apt-get download prometheus` failed: " + r.stderr.strip())
    deb = glob.glob(os.path.join(tmp, "prometheus_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(tmp, "x")], check=True)
    return os.path.join(tmp, "x", "usr", "bin", "promtool")


def run_promtool():
    with tempfile.TemporaryDirectory(prefix="check-observability-") as tmp:
        tool = promtool(tmp)
        for args in (["check", "rules", "alerts.yml"], ["test", "rules", "alerts.test.yml"], ["check", "config", "prometheus-scrape.yml"]):
            r = subprocess.run([tool, *args], cwd=OBS, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if r.returncode != 0:
                fail(f"promtool {' '.join(args)}:\n{r.stdout}")
            else:
                print(f"promtool {' '.join(args)}: ok")


def main():
    self_test()
    if not os.path.exists(NAMES):
        sys.exit(f"{NAMES} is missing: it is written by MetricsEndpointTest (run `./mvnw verify` or "
                 "`./mvnw test -Dtest=MetricsEndpointTest` in backend/ first)")
    exposed = {}
    with open(NAMES, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                name, _, labels = line.rstrip("\n").partition("\t")
                exposed[name] = {l for l in labels.split(",") if l}
    if not any(n.startswith("xianan_") for n in exposed) or "http_server_requests_seconds_count" not in exposed:
        sys.exit(f"{NAMES} lacks the business or HTTP meters: the scrape it came from is incomplete")
    print(f"exposed by the API: {len(exposed)} metric names ({os.path.relpath(NAMES)})")
    check_dashboard(exposed)
    check_alerts(exposed)
    run_promtool()
    if problems:
        print("\n".join("FAIL: " + p for p in problems), file=sys.stderr)
        sys.exit(1)
    print("observability files: ok")


if __name__ == "__main__":
    main()
