# Custom exception hierarchies, try/except/else/finally, re-raise, chaining.


class AppError(Exception):
    def __init__(self, message, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code else base


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    pass


class NetworkError(AppError):
    def __init__(self, host, retries):
        super().__init__(f"cannot reach {host}", code="NET")
        self.host = host
        self.retries = retries


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as exc:
        raise MissingKey(f"missing {key!r}", code="CFG") from exc


def process(cfg):
    log = []
    try:
        log.append("start")
        value = load(cfg, "port")
        log.append(f"port={value}")
    except ConfigError as e:
        log.append(f"config error: {e}")
    else:
        log.append("no error")
    finally:
        log.append("cleanup")
    return log


print(process({"port": 80}))
print(process({}))

try:
    load({}, "host")
except KeyError as e:
    print(type(e).__name__, isinstance(e, AppError), isinstance(e, LookupError))
    print(type(e.__cause__).__name__, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad value")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__cause__)

try:
    try:
        raise NetworkError("example.org", 3)
    except AppError as e:
        print("caught", e, e.host, e.retries, e.args)
        raise
except NetworkError as e:
    print("re-raised", type(e).__name__, e.code)

try:
    try:
        raise IndexError("inner")
    except IndexError:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

print([c.__name__ for c in MissingKey.__mro__])


def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(finally_return())


def count_attempts():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError(f"attempt {attempts}")
            return attempts
        except ConnectionError as e:
            print("retry after", e)
            continue


print(count_attempts())
errors = []
for bad in ["12", "x", None, "3.5"]:
    try:
        errors.append(int(bad))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
e = AppError("plain")
print(str(e), repr(e), e.args, e.code)
print(str(MissingKey("k", code=1)))
try:
    raise StopIteration(7)
except StopIteration as s:
    print("StopIteration value", s.value)
