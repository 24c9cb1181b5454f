import re
import json
from collections import Counter, defaultdict

LOG = """\
2024-01-05 10:00:01 INFO  server started on port 8080
2024-01-05 10:00:05 DEBUG loading config from /etc/app.conf
2024-01-05 10:01:17 WARN  slow request: GET /api/users took 1532ms
2024-01-05 10:02:00 ERROR database timeout after 30s (retry=1)
2024-01-05 10:02:30 INFO  GET /api/items 200 12ms
2024-01-05 10:03:45 ERROR database timeout after 30s (retry=2)
2024-01-05 10:04:10 INFO  POST /api/items 201 48ms
malformed line here
2024-01-05 10:05:00 WARN  disk usage at 91%
"""

PATTERN = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)$")
entries = []
bad = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.match(line)
    if not m:
        bad.append(lineno)
        continue
    entries.append(m.groupdict())
print(len(entries), "entries; bad lines:", bad)
levels = Counter(e["level"] for e in entries)
print(sorted(levels.items()), levels["ERROR"], levels.most_common(1))
by_level = defaultdict(list)
for e in entries:
    by_level[e["level"]].append(e["time"])
print(dict(sorted(by_level.items())))
durations = [int(x) for x in re.findall(r"(\d+)ms", LOG)]
print(durations, sum(durations), max(durations))
for m in re.finditer(r"(GET|POST) (\S+)", LOG):
    print(m.group(1), m.group(2), m.span(), m.start(2))
print(re.sub(r"\d+ms", lambda m: f"<{int(m.group()[:-2]) / 1000:.3f}s>", "took 1532ms and 12ms"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@example.com now"))
print(re.split(r"[,;]\s*", "a, b;c,d ;e"), re.split(r"(\d)", "a1b2c"))
print(bool(re.fullmatch(r"[a-z]+\d*", "abc123")), re.search(r"o+", "foo boo").group(), re.match(r"x", "ax"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.escape("1+1=2?"), bool(re.IGNORECASE & re.I))
m = re.search(r"retry=(\d+)", LOG)
print(m.group(0), m.group(1), m.groups(), m[1], repr(m.string[:4]))
word_re = re.compile(r"\b[a-z]{6,}\b", re.I)
print(sorted(set(word_re.findall(LOG))))
report = {
    "total": len(entries),
    "levels": dict(sorted(levels.items())),
    "errors": [e["msg"] for e in entries if e["level"] == "ERROR"],
    "ok": True,
    "ratio": round(levels["ERROR"] / len(entries), 4),
    "none": None,
}
text = json.dumps(report, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == report, type(back["ratio"]).__name__, json.dumps([1, "a", None, True, 1.5, {"k": []}]))
print(json.dumps({"é": "ü"}), json.dumps({"é": "ü"}, ensure_ascii=False), json.dumps("tab\tnl\n"))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1e3, "d": "\\u00e9"}'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(json.dumps(report["levels"], separators=(",", ":")))
