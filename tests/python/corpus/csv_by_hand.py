# Parsing CSV-like text by hand, with quoted fields, then aggregating rows.

DATA = '''name,dept,salary,start
"Smith, John",Engineering,85000,2019-03-01
Ann Lee,Marketing,62000,2020-07-15
"O'Brien, Pat",Engineering,91000,2017-11-30
Raj Patel,Sales,55000,2021-01-04
"Kim ""KJ"" Jones",Sales,58500,2018-05-22
Lu Chen,Engineering,78000,2022-09-12
'''


def parse_line(line):
    fields = []
    field = []
    in_quotes = False
    i = 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields


lines = DATA.strip().split("\n")
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    r["salary"] = int(r["salary"])
    y, m, d = map(int, r["start"].split("-"))
    r["start"] = (y, m, d)

for r in rows:
    print(r["name"], "|", r["dept"], "|", r["salary"], "|", r["start"])

by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r["salary"])
print(f"{'dept':<12}|{'n':>3}|{'total':>8}|{'avg':>10}")
print("-" * 36)
for dept, sal in sorted(by_dept.items()):
    print(f"{dept:<12}|{len(sal):>3}|{sum(sal):>8}|{sum(sal) / len(sal):>10.2f}")
senior = [r["name"] for r in sorted(rows, key=lambda r: r["start"])][:2]
print(senior)
print(max(rows, key=lambda r: r["salary"])["name"])


def to_csv_field(s):
    s = str(s)
    if any(c in s for c in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


for r in rows[:3]:
    print(",".join(to_csv_field(r[h]) for h in header))
print(parse_line('a,,"",b'), parse_line(""), parse_line('"x,y"'))
