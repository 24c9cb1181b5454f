# argparse: parsing, defaults, actions, nargs, choices, help and usage text, errors.
import argparse
import io
import sys


def attempt(parser, argv):
    """Parse argv; on exit print what went to stdout/stderr and the status."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(argv)
        result = "ok " + repr(ns)
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print(result)
    if out.getvalue():
        print("[stdout]\n" + out.getvalue(), end="")
    if err.getvalue():
        print("[stderr]\n" + err.getvalue(), end="")


p = argparse.ArgumentParser(prog="tool", description="Process some files and report on them.",
                            epilog="See the manual for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=1, help="how many times")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-q", "--quiet", action="store_true", help="less output")
p.add_argument("--mode", choices=["fast", "slow", "safe"], default="safe", help="one of %(choices)s")
p.add_argument("-I", "--include", action="append", metavar="DIR", help="add a directory")
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--tags", nargs="*")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--version", action="version", version="%(prog)s 1.0")

attempt(p, ["in.txt"])
attempt(p, ["in.txt", "o.txt", "-n", "3", "-vvv", "--mode=fast", "-I", "a", "-Ib", "--include=c"])
attempt(p, ["-q", "in.txt", "--ratio", "0.5", "--pair", "x", "y", "--tags", "t1", "t2", "--no-color"])
attempt(p, ["--cou", "7", "in"])
attempt(p, ["in", "--tags"])
attempt(p, ["--", "-weird-name"])
attempt(p, [])
attempt(p, ["in", "-n", "many"])
attempt(p, ["in", "--mode", "turbo"])
attempt(p, ["in", "--pair", "x"])
attempt(p, ["in", "out", "extra"])
attempt(p, ["in", "--bogus"])
attempt(p, ["in", "-n"])
attempt(p, ["--version"])
attempt(p, ["-h"])
print(p.format_usage(), end="")

q = argparse.ArgumentParser(prog="calc")
q.add_argument("numbers", nargs="+", type=int, help="values")
q.add_argument("--op", choices=("sum", "max"), default="sum")
q.add_argument("-x", type=int, default=0)
attempt(q, ["1", "2", "3", "--op", "max"])
attempt(q, ["--op", "sum"])
attempt(q, ["-x", "-5", "4"])
attempt(q, ["-x"])
attempt(q, ["--help"])

# A mutually exclusive group and an argument group.
r = argparse.ArgumentParser(prog="mx")
g = r.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--xml", action="store_true")
grp = r.add_argument_group("network", "Connection settings.")
grp.add_argument("--host", default="localhost")
grp.add_argument("--port", type=int, default=80)
attempt(r, ["--json", "--port", "8080"])
attempt(r, ["--json", "--xml"])
attempt(r, ["-h"])

# Sub-commands.
s = argparse.ArgumentParser(prog="git")
subs = s.add_subparsers(dest="command", help="sub-command help")
c = subs.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = subs.add_parser("push", help="upload")
pu.add_argument("remote", nargs="?", default="origin")
attempt(s, ["commit", "-m", "fix"])
attempt(s, ["push"])
attempt(s, ["commit"])
attempt(s, ["fetch"])
attempt(s, ["-h"])

# parse_known_args, defaults, Namespace, BooleanOptionalAction, type errors from functions.
k = argparse.ArgumentParser(prog="k")
k.add_argument("--a", type=int)
k.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
k.set_defaults(extra="yes")
print(k.parse_known_args(["--a", "1", "--zzz", "rest"]))
print(k.parse_args(["--no-flag"]))


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


k.add_argument("--size", type=positive)
attempt(k, ["--size", "-3"])
attempt(k, ["--size", "abc"])
attempt(k, ["-h"])
ns = argparse.Namespace(x=1, y="two")
print(ns, ns == argparse.Namespace(x=1, y="two"), "x" in ns, vars(ns))

# Long usage lines wrap at the width.
w = argparse.ArgumentParser(prog="a_rather_long_program_name")
for name in ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"]:
    w.add_argument("--" + name, metavar=name.upper(), help="the %s option, which has a fairly long description "
                   "that needs wrapping onto several lines" % name)
w.add_argument("inputs", nargs="*")
print(w.format_help())
print(repr(argparse.ArgumentError(None, "m")), str(argparse.ArgumentError(None, "msg")))
