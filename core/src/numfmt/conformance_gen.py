#!/usr/bin/env python3
"""Regenerates conformance_data.txt from CPython 3.11 (run with python3.11).

Each line: kind TAB fields...; strings escaped (\\\\, \\t, \\n, \\u{hex});
floats as 16-hex-digit IEEE bits; errors as '!Type: message'.
"""
import math, random, struct, sys, os

random.seed(20240611)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conformance_data.txt")

def esc(s):
    r = []
    for c in s:
        o = ord(c)
        if c == "\\": r.append("\\\\")
        elif c == "\t": r.append("\\t")
        elif c == "\n": r.append("\\n")
        elif o < 32 or o == 127: r.append("\\u{%x}" % o)
        else: r.append(c)
    return "".join(r)

def fb(x):
    return "%016x" % struct.unpack(">Q", struct.pack(">d", x))[0]

def res(fn):
    try:
        v = fn()
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e)
    return v

lines = []
def emit(*f):
    lines.append("\t".join(f))

def rand_floats(n):
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1e16, 1e15, 9999999999999998.0,
          1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1/3, 2/3,
          123456789.0, 1234567.0, 0.0001, 0.00001, 1e-5, 1.5e-5, 12345.678, 1e100, 1e-100, 2**53, 2**53 + 2.0,
          2**63, 2**64, 0.045, 0.005, 0.995, 9.995, 99.5, 999.5, 1e300, 1.5e300, math.pi, math.e,
          float("inf"), float("-inf"), float("nan")]
    while len(xs) < n:
        k = random.randrange(6)
        if k == 0:
            x = struct.unpack(">d", random.getrandbits(64).to_bytes(8, "big"))[0]
            if math.isnan(x): continue
        elif k == 1:
            x = round(random.uniform(-1e6, 1e6), random.randrange(0, 8))
        elif k == 2:
            x = random.randrange(-10**6, 10**6) / 2**random.randrange(0, 12)
        elif k == 3:
            x = random.choice([1, -1]) * 10.0 ** random.randrange(-30, 30) * random.choice([1, 1.5, 2.5, 9.99, 9.999999])
        elif k == 4:
            x = float(random.randrange(-10**18, 10**18))
        else:
            x = random.random() * 10 ** random.randrange(-8, 20)
        xs.append(x)
    return [float(x) for x in xs]

def rand_spec(kind):
    s = ""
    if random.random() < 0.3:
        if random.random() < 0.5: s += random.choice("*0 xé")
        s += random.choice("<>^=")
    if random.random() < 0.3: s += random.choice("+- ")
    if kind == "f" and random.random() < 0.15: s += "z"
    if random.random() < 0.2: s += "#"
    if random.random() < 0.25: s += "0"
    if random.random() < 0.5: s += str(random.randrange(0, 25))
    if random.random() < 0.25: s += random.choice([",", "_"])
    if kind != "i" and random.random() < 0.6: s += "." + str(random.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 30]))
    if kind == "f": s += random.choice(["", "", "e", "E", "f", "F", "g", "G", "n", "%"])
    elif kind == "i": s += random.choice(["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "G"])
    else: s += random.choice(["", "s", "s"])
    return s

FIXED_SPECS = ["", "abc", "d", ".", ".f", ",s", ",", "+", "#", "=", "z", " ", ".2", "+c", "#c", ",c", ",x", "_x", ",_", "_,",
    ",,", "05", "<05", "010,", "0=10,", "08,", "09,", "\x01", "é", "_c", "99999999999999999999", ".3000000000f",
    "c", "xx", "\x00", "_n", ",n", "n", "#b", "#010x", "=+#10x", "^+#10x", "0<5", "x<05", "#.0", "#.0e", "#g", ".3",
    "%", ".0%", ",.2%", "e", "E", "f", "F", "g", "G", "-.3", "=5", "^5", "s", "z.1f", "+z#08.1f", "012_b", "#012_x",
    ",.2f", "_.3f", "020,.4e", "^20,", ".0f", ".0e", ".0g", "#.3g", ".1", "5.2", ".0", "3", ".17g", ".20f", ".30e"]

# repr
for x in rand_floats(1500):
    emit("repr", fb(x), esc(repr(x)))

# format(float)
for x in rand_floats(110):
    specs = FIXED_SPECS + [rand_spec("f") for _ in range(6)]
    for s in random.sample(specs, 12) if x == x and random.random() < 0.8 else specs:
        emit("ff", fb(x), esc(s), esc(res(lambda: format(x, s))))

def rand_ints(n):
    xs = [0, 1, -1, 5, 10, 65, 255, -255, 1234, 1234567, 2**31, 2**63 - 1, -2**63, 2**64, 10**30, -10**30,
          0x10FFFF, 0x110000, 0xD800, 11259375, 12345678901234567890, 10**330, 2**1024 - 2**970, 2**1024 - 2**970 - 1]
    while len(xs) < n:
        b = random.randrange(1, 140)
        xs.append(random.choice([1, -1]) * random.getrandbits(b))
    return xs

for v in rand_ints(180):
    specs = FIXED_SPECS + [rand_spec("i") for _ in range(8)]
    for s in random.sample(specs, 14):
        r = res(lambda: format(v, s))
        if not r.startswith("!") and any(0xD800 <= ord(c) < 0xE000 for c in r): continue
        emit("fi", str(v), esc(s), esc(r))

STRS = ["", "a", "ab", "abc", "hello world", "é", "naïve", "日本語", "x" * 30]
for v in STRS:
    for s in FIXED_SPECS + [rand_spec("s") for _ in range(40)]:
        emit("fs", esc(v), esc(s), esc(res(lambda: format(v, s))))

# percent formatting: args are 'i<int>', 'f<bits>', 's<text>' joined by \x1e; shape T (tuple), O (single), D (dict k=v)
def pyarg(a):
    return {"i": int, "f": lambda b: struct.unpack(">d", bytes.fromhex(b))[0], "s": str}[a[0]](a[1:])

def enc_args(args):
    out = []
    for a in args:
        if isinstance(a, bool): raise ValueError
        if isinstance(a, int): out.append("i" + str(a))
        elif isinstance(a, float): out.append("f" + fb(a))
        else: out.append("s" + a)
    return "\x1e".join(out)

PCT = [
    ("%s", (1,)), ("%s", 1), ("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("abc", ()), ("%d", ("x",)),
    ("%d", (1.7,)), ("%d", (-1.7,)), ("%x", (1.5,)), ("%x", (255,)), ("%#x", (255,)), ("%#X", (-255,)), ("%#o", (8,)),
    ("%o", (-8,)), ("%5d", (42,)), ("%-5d|", (42,)), ("%05d", (-42,)), ("%+d", (42,)), ("% d", (42,)), ("%+05d", (42,)),
    ("%.3d", (7,)), ("%8.3d", (-7,)), ("%08.3d", (-7,)), ("%#08x", (255,)), ("%#8x", (255,)), ("%-#8x|", (255,)),
    ("%+#8X", (255,)), ("%#.5x", (255,)), ("%f", (1.5,)), ("%.2f", (2.675,)), ("%e", (12345.678,)), ("%E", (1e-10,)),
    ("%g", (1e-5,)), ("%G", (1e20,)), ("%.0f", (0.5,)), ("%.0f", (1.5,)), ("%#.0f", (1.5,)), ("%#g", (1.0,)), ("%10.3f|", (-3.14159,)),
    ("%-10.3f|", (3.14159,)), ("%010.3f", (-3.14159,)), ("%+f", (float("nan"),)), ("%f", (float("-inf"),)),
    ("%010f", (float("inf"),)), ("%F", (float("inf"),)), ("%f", (5,)), ("%f", ("x",)), ("%s", (1.5,)), ("%r", (1e16,)),
    ("%r", ("ab",)), ("%a", ("ab",)), ("%5s|", ("ab",)), ("%-5s|", ("ab",)), ("%.1s", ("ab",)), ("%5.1s|", ("abc",)),
    ("%c", (65,)), ("%c", ("z",)), ("%c", ("zz",)), ("%c", (0x110000,)), ("%c", (-1,)), ("%5c|", (65,)), ("%-5c|", ("é",)),
    ("%c", (1.5,)), ("%%", ()), ("%%%s", (1,)), ("%5%", ()), ("%z", ()), ("%z", (1,)), ("ab%zc", (1,)), ("%\x01", (1,)),
    ("%é", (1,)), ("%", ()), ("%5", (1,)), ("%.", (1,)), ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d|", (-5, 42)),
    ("%.*f", (2, 3.14159)), ("%.*f", (-2, 3.14159)), ("%*.*f|", (10, 2, 3.14159)), ("%*d", ("x", 1)), ("%*d", (5,)),
    ("%*", (5,)), ("%*", ()), ("%ld", (5,)), ("%hd", (5,)), ("%Lf", (1.5,)), ("%l", (5,)), ("%(a)s", {"a": 1}),
    ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%(a)s", {"b": 1}), ("%(a)s", (1,)), ("%(a", {"a": 1}), ("%(a)", {"a": 1}),
    ("%(a(b))s", {"a(b)": 1}), ("%s", {"a": 1}), ("abc", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%(a)*d", {"a": 5}),
    ("%(a)5.2f|", {"a": 2.5}), ("%i %u", (1, 2)), ("%d", (10**30,)), ("%x", (-10**30,)), ("%.40d", (5,)), ("%s%s", ("é", "日")),
    ("日%s本", ("x",)), ("%5s|", ("日本",)), ("%-+05d|", (3,)), ("% 05d", (3,)), ("%+ d", (3,)), ("%0-5d|", (3,)),
    ("%#5o|", (8,)), ("%#05o", (8,)), ("%+#010x", (255,)), ("% #x", (255,)), ("%#d", (5,)), ("%#s", ("a",)), ("%+s", ("a",)),
    ("%05s", ("a",)), ("%.3e", (0.0,)), ("%g", (-0.0,)), ("%.100f", (0.1,)), ("%.60g", (0.1,)), ("%e", (10**400,)),
    ("%d", (float("inf"),)), ("%s %s %s", (1, 2.5, "x")), ("%d%%", (50,)), ("%(x)s %%", {"x": 1}), ("%2$s", (1,)),
    ("%-5%|", ()), ("%05.1f", (-0.05,)), ("%+.1e", (0.05,)), ("%#x", (0,)), ("%#o", (0,)), ("%#5.3x|", (-5,)),
]
def rand_pct():
    conv = random.choice("dixXofeEgGs")
    flags = "".join(random.sample("-+ #0", random.randrange(0, 3)))
    w = random.choice(["", "", "5", "12", "1"])
    p = random.choice(["", "", ".0", ".3", ".10"])
    if conv in "dixXo": arg = random.choice([0, 7, -7, 255, -255, 123456789, -10**20])
    elif conv == "s": arg = random.choice(["ab", "", "hello", 5, 1.5])
    else: arg = random.choice(rand_floats(60))
    return ("%" + flags + w + p + conv, (arg,))
PCT += [rand_pct() for _ in range(600)]
for fmt, args in PCT:
    if isinstance(args, dict):
        shape = "D"; a = "\x1e".join(k + "=" + enc_args([v]) for k, v in args.items())
    elif isinstance(args, tuple):
        shape = "T"; a = enc_args(args)
    else:
        shape = "O"; a = enc_args([args])
    emit("pct", esc(fmt), shape, esc(a), esc(res(lambda: fmt % args)))

# float ops
fvals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e308, -1e308, 5e-324, 7.5, -7.5, 0.1, 1e-300, 2.5,
         float("inf"), float("-inf"), float("nan"), 1e16, -3.5, 10.0, 1/3]
fvals += [random.uniform(-100, 100) for _ in range(12)]
for a in fvals:
    for b in fvals:
        fd = res(lambda: a // b); md = res(lambda: a % b); pw = res(lambda: a ** b)
        if isinstance(pw, complex): pw = "!complex"
        f = lambda r: r if isinstance(r, str) else fb(r)
        emit("fop", fb(a), fb(b), f(fd), f(md), f(pw))

# round
for x in rand_floats(120):
    for nd in [None, 0, 1, 2, 3, -1, -2, -5, 5, 10, 15, -300, -308, -309, 323, 400, -400]:
        if nd is None:
            if math.isinf(x) or math.isnan(x): continue
            r = fb(float(round(x)))  # exact as a float for |x| < 2**1024
        else:
            r = res(lambda: round(x, nd)); r = r if isinstance(r, str) else fb(r)
        emit("round", fb(x), "none" if nd is None else str(nd), r)
    emit("hash", fb(x), str(hash(x)) if x == x else "0")
    emit("isint", fb(x), str(x.is_integer()))

for v in rand_ints(300) + [2**61 - 1, 2**61, 2**61 + 1, -(2**61), -1, -2, 2**62, -(2**64) - 1]:
    emit("ihash", str(v), str(hash(v)))
    emit("itof", str(v), res(lambda: fb(float(v))))
for _ in range(120):
    b = random.randrange(54, 1100)
    v = random.getrandbits(b) | (1 << (b - 1))
    emit("itof", str(v), res(lambda: fb(float(v))))
for k in range(60):
    v = (2**53 + 1) << k; emit("itof", str(v), fb(float(v)))
    v = ((2**53 + 1) << k) + 1; emit("itof", str(v), fb(float(v)))

# float(str) / int(str, base)
FS = ["1.5", " -2.5e3\n", ".5", "5.", "1e5", "1_000.5", "1__0", "_1", "1_", "inf", "-Infinity", "nAn", "+nan", "infinit",
      "0x10", "1e", "e1", ".", "", " ", "1.5 5", "1e-400", "1e400", "2.2250738585072011e-308", "1E+1_0", "0_1.0_1",
      "\u3000 7 \u00a0", "\x1c5\x1f", "1.5j", "١٢", "- 1", "+-1", "00000.1", "1" * 400, "0." + "0" * 400 + "1"]
FS += [repr(x) for x in rand_floats(200)] + ["%.25e" % x for x in rand_floats(100) if x == x]
for s in FS:
    r = res(lambda: float(s))
    emit("pfloat", esc(s), r if isinstance(r, str) else fb(r))
IS = [("10", 10), ("  -42\t", 10), ("+7", 0), ("0x1F", 0), ("0X_1f", 16), ("1f", 16), ("0o17", 0), ("0b1_01", 0), ("-0b101", 2),
      ("000", 0), ("0_0", 0), ("010", 0), ("0_7", 0), ("", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("0x", 16), ("0x__1", 16),
      ("12a", 10), ("0o8", 8), ("- 1", 10), ("+-1", 10), ("0x1", 10), ("1.0", 10), ("2", 2), ("zz", 36), ("ZZ", 36), ("0b1", 16),
      ("0b", 0), ("0_", 0), ("0x_", 0), ("-0", 0), ("0o", 8), ("9" * 300, 10), ("1" * 200, 2), ("\u3000 5 ", 10), ("١٢", 10)]
def to_base(v, b):
    d = "0123456789abcdefghijklmnopqrstuvwxyz"
    n, out = abs(v), ""
    while True:
        n, r = divmod(n, b); out = d[r] + out
        if n == 0: break
    return ("-" if v < 0 else "") + out
for _ in range(200):
    base = random.choice([2, 8, 10, 16, 36, 3, 7, 21])
    v = random.getrandbits(random.randrange(1, 200)) * random.choice([1, -1])
    t = to_base(v, base)
    if random.random() < 0.3: t = t.upper()
    if random.random() < 0.2 and len(t) > 3: t = t[:2] + "_" + t[2:]
    if random.random() < 0.1: t = t + "_"
    IS.append((t, base))
    if base in (2, 8, 16):
        IS.append(({2: "0b", 8: "0o", 16: "0x"}[base] + t.lstrip("-"), 0))
for s, b in IS:
    r = res(lambda: int(s, b))
    emit("pint", esc(s), str(b), r if isinstance(r, str) else str(r))
for v in rand_ints(100):
    emit("tobase", str(v), hex(v), oct(v), bin(v))

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(len(lines), "lines", file=sys.stderr)
