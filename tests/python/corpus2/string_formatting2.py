from string import Template
import textwrap

data = {"name": "Ada", "lang": "Python", "years": 7, "score": 93.456}
print("{name} codes in {lang} for {years} years".format(**data))
print("{name} codes in {lang}".format_map(data))
print("%(name)s scored %(score).1f" % data)
print(Template("$name likes ${lang}!").substitute(data), Template("$x and $y").safe_substitute(x=1))
print(f"{data['name']:*^11}|{data['score']:08.2f}|{data['years']:+}|{data['years']:b}")
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"))
print("{0[name]} {0[lang]} {1[0]} {1[2]}".format(data, [10, 20, 30]))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()), "{!r:>8}".format("hi"), "{:{fill}{align}{width}}".format("z", fill="-", align=">", width=6))
text = ("Python is an interpreted, high-level, general-purpose programming language. "
        "Its design philosophy emphasizes code readability with the use of significant indentation.")
print(textwrap.fill(text, width=40))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n", "> "), end="")
print(textwrap.dedent("""\
    first
      second
    third"""))
for w in textwrap.wrap(text, 30)[:3]:
    print(f"|{w:<30}|")
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
print(f"{'item':<8}{'price':>8}{'qty':>6}{'total':>10}")
for name, price, qty in table:
    print(f"{name:<8}{price:>8.2f}{qty:>6d}{price * qty:>10,.2f}")
print(f"{'':-<32}")
print(f"{sum(p * q for _, p, q in table):>32,.2f}")
print("%-10s|%10s|" % ("a", "b"), "%5.2f%%" % 12.345, "%+.3d" % 7, "%c%c" % (72, "i"))
print("Name: %s, Age: %d" % ("Bob", 42.9), "%s" % (1,), "%s" % [1, 2], "%r %a" % ("é", "é"))
width = 12
for i in range(1, 4):
    print(f"{i:>{width // 3}}{i ** 2:>{width // 3}}{i ** 3:>{width // 3}}")
print("title case".title(), "UPPER".lower(), "MiXeD".swapcase(), "  x ".strip() or "empty", "a-b-c".split("-", 1))
print("tab\tsep".expandtabs(8), "x".join("abc"), ",".join(map(str, range(5))), "line1\nline2".splitlines())
print("abc".ljust(6, ".") + "|", "abc".rjust(6, ".") + "|", "abc".center(7, ".") + "|", "-5".zfill(4), "+5".zfill(4))
print("hello"[1:-1], "hello".find("l"), "hello".rfind("l"), "hello".count("l"), "hello".index("o"), "hello".upper().isupper())
print("a1b2".isalnum(), "abc".isalpha(), " ".isspace(), "Title Case".istitle(), "123".isdecimal(), "x".islower())
print("%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5, "%g" % 1e-5, "%g" % 123456789, "%e" % 0, "%10.3e|" % 12345.678)
print(format(1234567.891, ",.2f"), format(0.000012345, ".3g"), format(1e21, "f")[:10], format(-0.0, ".1f"), format(255, "#010x"))
