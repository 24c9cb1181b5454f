# logging: file handlers, thread safety, logging.handlers and handler management.
import io
import logging
import logging.handlers
import os
import queue
import sys
import threading

base = "/tmp/weft_logging_%d" % os.getpid()

# FileHandler appends formatted lines; delay opens at the first record.
path = base + ".log"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg = logging.getLogger("file")
lg.setLevel(logging.DEBUG)
lg.addHandler(fh)
lg.debug("one")
lg.info("two %d", 2)
fh.close()
lg.removeHandler(fh)
with open(path) as f:
    print(repr(f.read()))
print(fh.baseFilename == os.path.abspath(path), fh.stream)
dh = logging.FileHandler(base + ".delay", delay=True)
print(dh.stream, os.path.exists(base + ".delay"))
dh.close()
os.remove(path)

# basicConfig(filename=...) with filemode and datefmt-free format.
logging.basicConfig(filename=path, filemode="w", format="%(name)s/%(levelname)s/%(message)s", level=logging.INFO)
logging.info("to file")
logging.getLogger("x.y").warning("child to file")
for h in logging.root.handlers:
    h.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
for bad in ({"stream": sys.stdout, "filename": path, "force": True},
            {"handlers": [logging.NullHandler()], "stream": sys.stdout, "force": True},
            {"bogus": 1, "force": True}):
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print("ValueError", e)
logging.basicConfig(stream=sys.stdout, format="%(message)s", force=True)

# Many threads logging through one handler: every line arrives whole.
stream = io.StringIO()
hd = logging.StreamHandler(stream)
hd.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
tl = logging.getLogger("threads")
tl.propagate = False
tl.addHandler(hd)

def work(n):
    for i in range(50):
        logging.getLogger("threads").warning("item %d-%d", n, i)

ts = [threading.Thread(target=work, args=(n,), name="T%d" % n) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines), sorted(lines)[:2], sorted(set(l.split()[0] for l in lines)))
print(all(l == "%s item %s-%s" % (l.split()[0], l.split()[0][1:], l.split("-")[1]) for l in lines))

# MemoryHandler buffers until capacity or a record at flushLevel.
out = io.StringIO()
target = logging.StreamHandler(out)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mh)
ml.warning("m1")
ml.warning("m2")
print(repr(out.getvalue()), len(mh.buffer))
ml.error("m3")
print(repr(out.getvalue()), len(mh.buffer))
ml.warning("m4")
mh.close()
print(repr(out.getvalue()))

# QueueHandler and QueueListener.
q = queue.Queue()
out = io.StringIO()
sink = logging.StreamHandler(out)
sink.setFormatter(logging.Formatter("got %(message)s"))
listener = logging.handlers.QueueListener(q, sink)
ql = logging.getLogger("q")
ql.propagate = False
ql.addHandler(logging.handlers.QueueHandler(q))
listener.start()
for i in range(3):
    ql.warning("record %d", i)
listener.stop()
print(repr(out.getvalue()))

# RotatingFileHandler keeps backupCount old files.
rpath = base + ".rot"
rh = logging.handlers.RotatingFileHandler(rpath, maxBytes=20, backupCount=2)
rl = logging.getLogger("rot")
rl.propagate = False
rl.addHandler(rh)
for i in range(6):
    rl.warning("line number %d", i)
rh.close()
for p in (rpath, rpath + ".1", rpath + ".2", rpath + ".3"):
    if os.path.exists(p):
        with open(p) as f:
            print(p[len(base):], repr(f.read()))
        os.remove(p)
    else:
        print(p[len(base):], "missing")

# Handler basics.
h = logging.StreamHandler(sys.stdout)
h.set_name("console")
print(h.name, h.level, repr(h), repr(logging.NullHandler()))
h.setLevel("INFO")
print(h.level, logging.StreamHandler().stream is sys.stderr)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
logging.shutdown()
print("done")
