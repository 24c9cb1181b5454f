# csv: writer quoting rules, reader state machine, dialects, DictReader/DictWriter.
import csv
import io


def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for r in rows:
        try:
            print(repr(w.writerow(r)), end=" ")
        except csv.Error as e:
            print("Error", e, end=" ")
    print(repr(s.getvalue()))


write([[""], [], [None], ["a b", " lead", 'x"y', "c,d", "e\nf", "g\rh", 1.5, True, 10 ** 20]])
write([["a", 1, 2.5, None, ""]], quoting=csv.QUOTE_NONNUMERIC)
write([["a", 1, ""]], quoting=csv.QUOTE_ALL)
write([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([["a,b"]], quoting=csv.QUOTE_NONE)
write([['c"d', "e\\f", "g"]], doublequote=False, escapechar="\\")
write([['c"d']], doublequote=False)
write([["a\\b", "c"]], escapechar="\\")
write([["a;b", "c,d"]], delimiter=";", lineterminator="\n")
write([["g\rh", "i\nj", "k|l"]], lineterminator="\n")
write([[""], [None]], quoting=csv.QUOTE_NONE)
write([["a"], ["a,b"]], quotechar=None)
write([["x", "y"]], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")
write([("a", "b"), iter(["c"]), "de"])
write([5])
out = io.StringIO()
w = csv.writer(out)
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))


def read(lines, **kw):
    try:
        print(list(csv.reader(lines, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)


read(["a,b,c\r\n", "\r\n", "\n", "", '"x,y","he said ""hi"""\n', '"multi\n', 'line",z\n', " a, b\n"])
read(['a, b,  "c"\n'], skipinitialspace=True)
read(['"a"b,c\n'])
read(['"a"b,c\n'], strict=True)
read(['"unterminated\n'])
read(['"unterminated\n'], strict=True)
read(["a,b"])
read(["a\rb\n"])
read(['1,"2",x\n'], quoting=csv.QUOTE_NONNUMERIC)
read(["1,,3\n"], quoting=csv.QUOTE_NONNUMERIC)
read(["a\\,b,c\\\n", "d\n"], escapechar="\\")
read(['"a\\"b",c\n'], escapechar="\\", doublequote=False)
read(['a"b,c\n'], quoting=csv.QUOTE_NONE)
read(['a,"b\n', 'c"\n'])
read(["a,b\n", "c"])
read(["x,"])
read([",\n"])
read(['""\n'])
read(["a\tb\n"], dialect="excel-tab")
read(["a;b\n"], delimiter=";")
read(io.StringIO("p,q\r\nr,s\r\n", newline=""))
rd = csv.reader(["a\n", '"b\n', 'c"\n', "d\n"])
for row in rd:
    print(row, rd.line_num)
print(rd.dialect.delimiter, repr(rd.dialect.lineterminator), csv.list_dialects())

# Dialects and parameter checks.
for kw in (dict(delimiter=""), dict(delimiter=",,"), dict(lineterminator=5), dict(quoting=9), dict(bogus=1),
           dict(delimiter=None), dict(escapechar="ab")):
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except TypeError as e:
        print("TypeError", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error", e)


class Colons(csv.Dialect):
    delimiter = ":"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


write([["a:b", "c"]], dialect=Colons)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
write([["a", "b"]], dialect="pipes")
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, repr(d.lineterminator), d.escapechar, "pipes" in csv.list_dialects())
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects())


class Bad(csv.Dialect):
    pass


try:
    Bad()
except csv.Error as e:
    print("Error", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())

# DictReader / DictWriter.
dr = csv.DictReader(io.StringIO("name,age\nann,30\n\nbob,40,extra\ncid\n"))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="rest", restval="?")))
print(list(csv.DictReader(["x;y", "1;2"], fieldnames=["p", "q"], delimiter=";")))
print(list(csv.DictReader(io.StringIO(""))), csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], restval="-")
print(dw.writeheader(), dw.writerow({"a": 1}), dw.writerows([{"a": 2, "b": 3}]))
try:
    dw.writerow({"a": 1, "c": 2})
except ValueError as e:
    print("ValueError", e)
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="x")
except ValueError as e:
    print("ValueError", e)
print(csv.DictWriter(out, ["a"], extrasaction="ignore").writerow({"a": 1, "z": 2}))

# Round trip of awkward values and the field size limit.
rows = [["plain", 'quote " inside', "comma, inside", "new\nline", ""], ["1", "", " spaced "]]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=""))) == rows)
csv.field_size_limit(5)
try:
    list(csv.reader(["abcdefgh"]))
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(131072))
sn = csv.Sniffer().sniff("a;b;c\n1;2;3\n4;5;6\n")
print(sn.delimiter, sn.quotechar)
