def parse_line(line, sep=","):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == sep:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if quoted:
        raise ValueError("unterminated quote")
    fields.append("".join(cur))
    return fields
lines = [
    'name,age,city',
    'Alice,30,"New York, NY"',
    '"Bob ""The Builder""",45,London',
    'Carol,,Paris',
    '"",0,""',
]
rows = [parse_line(l) for l in lines]
for r in rows:
    print(len(r), r)
header, *data = rows
records = [dict(zip(header, r)) for r in data]
print(records[0])
ages = [int(r["age"]) for r in records if r["age"]]
print(sum(ages) / len(ages), max(records, key=lambda r: len(r["name"]))["name"])
def to_line(fields):
    out = []
    for f in fields:
        if any(c in f for c in ',"\n') or f == "":
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)
print(all(parse_line(to_line(r)) == r for r in rows))
try:
    parse_line('a,"b')
except ValueError as e:
    print("ValueError:", e)
