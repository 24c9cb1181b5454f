# logging: default output, basicConfig, hierarchy, levels, formatters and filters.
import io
import logging
import sys
import time

# No configuration: records at WARNING and above reach stderr as the bare message.
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
logging.getLogger("quiet").info("not shown")
logging.getLogger("quiet").warning("bare %s", "message")
# The module-level functions configure the root logger first.
logging.warning("to root %d", 1)
logging.info("hidden")
logging.error("an error")
sys.stderr = saved
print(repr(err.getvalue()))
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root)
print(len(root.handlers), type(root.handlers[0]).__name__, root.handlers[0].stream is err)
root.removeHandler(root.handlers[0])

# basicConfig on stdout with a format, a level and force.
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s", force=True)
logging.debug("debug now shown")
logging.log(25, "custom level %s", 25)
logging.addLevelName(25, "NOTICE")
logging.log(25, "named level")
log = logging.getLogger("app")
log.info("info from %s", log.name)
log.critical("crit")
log.fatal("fatal")
logging.basicConfig(format="ignored: second call without force")
logging.info("still the first format")

# Hierarchy: parents are linked even when created out of order.
c = logging.getLogger("a.b.c")
print(c.parent.name)
a = logging.getLogger("a")
print(c.parent.name, a.parent.name)
b = logging.getLogger("a.b")
print(c.parent.name, b.parent.name, a.getChild("b") is b, a.getChild("b.c") is c)
print(logging.getLogger("a.bb").parent.name)

# Levels are inherited; propagate=False stops at the logger.
a.setLevel("ERROR")
print(c.getEffectiveLevel(), c.isEnabledFor(logging.WARNING), c.isEnabledFor(logging.ERROR))
print(repr(c), repr(a))
c.warning("dropped by level")
c.error("error from c")
a.setLevel(logging.NOTSET)
own = io.StringIO()
h = logging.StreamHandler(own)
h.setFormatter(logging.Formatter("own:%(name)s:%(message)s"))
b.addHandler(h)
c.info("goes to b and root")
b.propagate = False
c.info("goes to b only")
print(repr(own.getvalue()))
print(b.hasHandlers(), logging.getLogger("zzz").hasHandlers())
b.propagate = True
b.removeHandler(h)

# Levels and names.
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33), logging.getLevelName(25))
for bad in ("LOUD", 1.5):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
print(sorted(logging.getLevelNamesMapping().items())[:3])

# Formatters.
def show(fmt, *args, style="%", **kw):
    stream = io.StringIO()
    hd = logging.StreamHandler(stream)
    hd.setFormatter(logging.Formatter(fmt, style=style, **kw))
    lg = logging.getLogger("fmt")
    lg.propagate = False
    lg.handlers = [hd]
    lg.warning(*args)
    print(repr(stream.getvalue()))

def where():
    show("%(funcName)s %(lineno)d %(module)s %(filename)s %(levelno)s %(threadName)s", "w")

where()
show("%(name)-6s|%(levelname)8s|%(message)s", "pad %s %d", "x", 3)
show("{levelname}:{name}:{message!r}", "brace", style="{")
show("${levelname} ${message}", "dollar", style="$")
show("%(message)s %(user)s", "with default", defaults={"user": "nobody"})
show("%(message)s %%", "%(a)s and %(b)s", {"a": 1, "b": 2})
for fmt, style in (("no fields", "%"), ("plain", "{"), ("x", "$")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
try:
    logging.Formatter("%(message)s", style="?")
except ValueError as e:
    print("ValueError", e)

# asctime, with a fixed creation time and UTC.
fmt = logging.Formatter("%(asctime)s %(message)s")
fmt.converter = time.gmtime
rec = logging.makeLogRecord({"msg": "fixed", "created": 86400.25, "msecs": 250.0})
print(fmt.format(rec))
fmt2 = logging.Formatter("[%(asctime)s] %(message)s", datefmt="%d/%m/%Y %H:%M")
fmt2.converter = time.gmtime
print(fmt2.format(rec), fmt.usesTime(), logging.Formatter("%(message)s").usesTime())
rec2 = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "m %s", ("a",), None, "fn")
print(rec2.getMessage(), rec2.filename, rec2.module, rec2.levelname, rec2.funcName, repr(rec2))

# Exceptions.
stream = io.StringIO()
hd = logging.StreamHandler(stream)
lg = logging.getLogger("exc")
lg.propagate = False
lg.addHandler(hd)
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("failed %s", "here")
lines = stream.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
stream.truncate(0)
stream.seek(0)
lg.error("with instance", exc_info=ValueError("bad"))
print(stream.getvalue().splitlines()[-1])

# extra, adapters and filters.
stream = io.StringIO()
hd = logging.StreamHandler(stream)
hd.setFormatter(logging.Formatter("%(message)s user=%(user)s"))
lg = logging.getLogger("ctx")
lg.propagate = False
lg.addHandler(hd)
lg.warning("extra", extra={"user": "ann"})
ad = logging.LoggerAdapter(lg, {"user": "bob"})
ad.warning("adapter %d", 1)
print(repr(ad))
try:
    lg.warning("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
hd.addFilter(lambda r: "secret" not in r.getMessage())
lg.warning("a secret", extra={"user": "x"})
lg.warning("public", extra={"user": "y"})
print(repr(stream.getvalue()))
f = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "x"):
    print(name, f.filter(logging.makeLogRecord({"name": name})))

# disable() and NullHandler.
lg.addHandler(logging.NullHandler())
logging.disable(logging.WARNING)
lg.warning("disabled")
lg.error("error passes", extra={"user": "z"})
logging.disable(logging.NOTSET)
print(repr(stream.getvalue().splitlines()[-1]))

# stacklevel points at the caller's caller.
stream = io.StringIO()
hd = logging.StreamHandler(stream)
hd.setFormatter(logging.Formatter("%(funcName)s:%(message)s"))
lg = logging.getLogger("stack")
lg.propagate = False
lg.addHandler(hd)

def helper(msg):
    lg.warning(msg, stacklevel=2)

def outer():
    helper("via helper")
    lg.warning("direct")

outer()
print(repr(stream.getvalue()))
