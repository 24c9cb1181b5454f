import json

data = {"name": "Ann", "age": 31, "scores": [1.5, 2.0, 1e20, 1e-7, -0.0], "ok": True, "none": None,
        "nested": {"b": [1, [2, [3]]], "a": {}}, "empty": [], "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, {"a": []}], indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"x": [1, 2]}, indent=4, separators=(", ", " = ")))
print(json.dumps("héllo wörld ✓ 😀 \n\t\"\\ \x01 \x7f"))
print(json.dumps("héllo wörld ✓ 😀 \n\t\"\\ \x01", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 0.1, 1/3, 123456789012345678901234567890]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e"}))
print(json.dumps(3), json.dumps("x"), json.dumps(None), json.dumps(False), json.dumps([]), json.dumps({}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", str(e).replace(" object", ""))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print(e)
lst = []
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print(e)


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([P(1, 2)], default=lambda o: o.__dict__))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc().encode([{1, 2}]))

text = '{"a": [1, 2.5, -3e2, "x\\u00e9\\n\\ud83d\\ude00"], "b": {"c": null, "d": true, "e": false}, "f": "\\"q\\"\\/"}'
obj = json.loads(text)
print(obj)
print(json.loads("  [1, 2 , 3 ]  "), json.loads("0"), json.loads("-0.5"), json.loads('"\\t"'), json.loads("1E3"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(b'{"k": 1}'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.25}', parse_float=lambda s: "F" + s), json.loads("[7]", parse_int=lambda s: int(s) * 2))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
for bad in ["", "[1,]", '{"a":1,}', '"ab\x01"', '"abc', "[1 2]", '{"a" 1}', "{1:2}", '"\\q"', '"\\u12"',
            "01", "-", "[1,2]x", "\n\n  [", "nul", '{"a":1 "b":2}', "[", "{", '{"a":', "tru", "1.", ".5"]:
    try:
        json.loads(bad)
        print("parsed", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
roundtrip = {"list": [1, 2.5, "three", None, True], "uni": "日本語", "esc": "a\"b\\c"}
print(json.loads(json.dumps(roundtrip)) == roundtrip, json.loads(json.dumps(roundtrip, ensure_ascii=False)) == roundtrip)
import io
buf = io.StringIO()
json.dump({"z": 1, "a": [True]}, buf, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
