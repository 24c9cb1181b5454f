#!/usr/bin/env python3
"""Regenerate the expected output of the differential tests with CPython.

Usage:
    python3 tests/regen.py                 # every script under tests/python
    python3 tests/regen.py PATH [PATH...]  # only these scripts or folders

For each test script NAME.py it writes NAME.out (stdout), NAME.exitcode when the
exit status is not 0 (a stale one is deleted), and, for scripts under
tests/python/errors/ only, NAME.err (stderr, normalized like the Rust harness
does: the script folder's absolute path becomes <dir>, caret/tilde marker lines
are removed). Expected files are never written by hand.

The interpreter used is $REGEN_PYTHON, or `python3` (must be CPython 3.11).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "python")
TIMEOUT = 60


def is_module(path):
    name = os.path.basename(path)
    if name.startswith("mod_") or name.endswith("_helper.py"):
        return True
    rel = os.path.relpath(os.path.dirname(path), ROOT)
    return "helpers" in rel.split(os.sep)


def collect(path):
    path = os.path.abspath(path)
    if os.path.isfile(path):
        return [path] if path.endswith(".py") and not is_module(path) else []
    found = []
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = sorted(
            d for d in dirnames
            if d not in ("helpers", "__pycache__") and not d.startswith(".")
        )
        for f in sorted(filenames):
            p = os.path.join(dirpath, f)
            if f.endswith(".py") and not is_module(p):
                found.append(p)
    return found


def normalize_stderr(text, folder):
    text = text.replace("\r\n", "\n")
    dirs = {folder, os.path.realpath(folder)}
    for d in sorted(dirs, key=len, reverse=True):
        text = text.replace(d, "<dir>")
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        if body.strip() and all(c.isspace() or c in "^~" for c in body):
            continue
        out.append(line)
    return "".join(out)


def under_errors(path):
    rel = os.path.relpath(path, ROOT)
    return rel.split(os.sep)[0] == "errors"


def regen(script, python):
    folder = os.path.dirname(script)
    env = dict(os.environ)
    env.pop("PYTHON_GIL", None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [python, script], cwd=folder, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT,
    )
    base = script[:-3]
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    code_path = base + ".exitcode"
    if proc.returncode != 0:
        with open(code_path, "w") as f:
            f.write("%d\n" % proc.returncode)
    elif os.path.exists(code_path):
        os.remove(code_path)
    err_path = base + ".err"
    if under_errors(script):
        err = normalize_stderr(proc.stderr.decode("utf-8", "replace"), folder)
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(err)
    elif os.path.exists(err_path):
        os.remove(err_path)
    return proc


def main(argv):
    python = os.environ.get("REGEN_PYTHON", "python3")
    targets = argv[1:] or [ROOT]
    scripts = []
    for t in targets:
        scripts.extend(collect(t))
    if not scripts:
        print("no test scripts found", file=sys.stderr)
        return 1
    for script in scripts:
        proc = regen(script, python)
        rel = os.path.relpath(script, ROOT)
        note = "" if proc.returncode == 0 else " (exit %d)" % proc.returncode
        if proc.returncode != 0 and not under_errors(script):
            note += " WARNING: nonzero exit outside errors/"
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            note += "\n    " + "\n    ".join(tail)
        print("%s%s" % (rel, note))
    print("regenerated %d scripts" % len(scripts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
