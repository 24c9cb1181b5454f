# string: constants, capwords, Template and Formatter.
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  of python"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes $what; ${who}s cost $$10")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(string.Template("$a $b ${c}").get_identifiers(), t.is_valid(), string.Template("$ x").is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["cost $ 5", "line1\nab $", "${oops", "$1"]:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(string.Template(bad).safe_substitute(x=1)))


class Pct(string.Template):
    delimiter = "%"


print(Pct("%name is %%done %{name}").substitute(name="job"))
f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3), f.format("{x!r:>8}|{y:.2f}", x="hi", y=3.14159))
print(f.format("{} {}", "a", "b"), f.format("{p[0]}-{p[1]} {q.real}", p=[7, 8], q=5))
print(f.format("{0:{1}}|{{literal}}", 42, "05d"))
print(list(f.parse("a{0}b{x!s:>3}c")))
