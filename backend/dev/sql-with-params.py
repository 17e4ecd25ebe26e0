#!/usr/bin/env python3
"""Print sql/workforce-statistics.sql with its JDBC parameters bound as the API binds them for an
unfiltered request today (the birth-date bounds for ages 30, 40 and 50, then asOf three times: party joining date, employment start and end), so that
the benchmark runs exactly the API's query in psql."""
import datetime, sys

def years_before(d, n):
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # 29 February
        return d.replace(year=d.year - n, day=28)

today = datetime.date.today()
b30, b40, b50 = (years_before(today, n) for n in (30, 40, 50))
params = [b30, b30, b40, b40, b50, b50, today, today, today]
sql = open(sys.argv[1], encoding="utf-8").read()
sql = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
out = []
for ch in sql:
    if ch == "?":
        out.append("'%s'" % params.pop(0).isoformat())
    else:
        out.append(ch)
print("".join(out).replace("/*filters*/", "").rstrip().rstrip(";") + ";")
