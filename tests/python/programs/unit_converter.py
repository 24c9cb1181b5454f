UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
}
def find_kind(unit):
    for kind, table in UNITS.items():
        if unit in table:
            return kind
    raise KeyError(f"unknown unit {unit!r}")
def convert(value, src, dst):
    k1, k2 = find_kind(src), find_kind(dst)
    if k1 != k2:
        raise ValueError(f"cannot convert {k1} to {k2}")
    return value * UNITS[k1][src] / UNITS[k2][dst]
def c_to_f(c):
    return c * 9 / 5 + 32
for v, s, d in [(1, "mi", "km"), (100, "cm", "in"), (5280, "ft", "mi"), (1, "lb", "g"), (16, "oz", "lb"), (3, "km", "m")]:
    print(f"{v} {s} = {convert(v, s, d):.4f} {d}")
for c in (-40, 0, 37, 100):
    print(f"{c}C = {c_to_f(c):.1f}F")
for bad in [(1, "m", "kg"), (1, "parsec", "m")]:
    try:
        convert(*bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
