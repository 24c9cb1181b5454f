class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class ConfigError(AppError):
    pass


class ParseError(ValueError):
    def __init__(self, line, text):
        self.line = line
        self.text = text
        super().__init__(line, text)


def parse_config(text):
    cfg = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ParseError(n, line)
        k, v = (p.strip() for p in line.split("=", 1))
        cfg[k] = int(v) if v.isdigit() else v
    return cfg


good = "# comment\nname = demo\nport = 8080\n\ndebug=yes"
print(parse_config(good))
try:
    parse_config("a=1\nbroken line\n")
except ParseError as e:
    print("ParseError", e, repr(e), e.args, e.line, e.text)

try:
    raise ConfigError("missing key 'port'", code=7)
except AppError as e:
    print(str(e), "|", repr(e), "|", e.args, e.code)


def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


print(convert(["1", "x", None, 2.5, "3.5", [1], "  9 "]))

errors = []
for expr in ["1/0", "[][1]", "{}['k']", "int('z')", "None.foo", "undefined_name", "'a' + 1",
             "len(5)", "(1,2)[5]", "'abc'.index('z')", "[1].remove(2)", "{1}.remove(3)",
             "float('x')", "abs('s')", "1 < 'a'", "sum(['a'])", "divmod(1, 0)", "2 ** 'x'",
             "object().x", "int.nope", "chr(-1)", "list(1)", "dict(a=1)['b']", "iter(3)",
             "next(iter([]))", "().__getitem__", "'x' * 'y'", "[1,2,3][1:2:0]", "max([])", "hash([])"]:
    try:
        eval(expr)
        errors.append(("ok", expr))
    except Exception as e:
        errors.append((type(e).__name__, str(e)))
for name, msg in errors:
    print(f"{name:20} {msg}")


def chain():
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


try:
    chain()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)


def retry(times):
    attempt = 0
    while True:
        attempt += 1
        try:
            if attempt < times:
                raise ConnectionError(f"attempt {attempt} failed")
            return attempt
        except ConnectionError as e:
            print("retrying after:", e)
        finally:
            print("finally", attempt)


print(retry(3))
e = KeyError("k")
print(str(e), repr(e), str(KeyError()), repr(ValueError()), str(ValueError(1, 2)), repr(OSError(2, "nf")))
print(isinstance(ConfigError("x"), Exception), issubclass(ParseError, ValueError), ConfigError.__mro__[1:3])
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__, repr(e))
