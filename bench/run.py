#!/usr/bin/env python3
"""Benchmark harness: runs weft and CPython on the same scripts in one run and
prints medians and ratios as Markdown tables.

Why one harness for both: ratios only mean something when both interpreters
ran on the same machine, at the same time, on the same inputs. Runs are
interleaved (one repetition of every runtime before the next repetition) so
that drift in machine load hits all runtimes alike.

Wall time is measured around the whole process (time.perf_counter around
subprocess.run): startup and teardown count, nothing is subtracted. Each
script prints a checksum; the harness compares the outputs of every runtime
and flags a mismatch.

    python3 bench/run.py [--weft PATH] [--python python3] [--repeat 5]
                         [--threads 1,2] [--suite scaling|single|all]
                         [--quick] [--json out.json] [--timeout 600]
"""
import argparse
import json
import math
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)

# (name, script, args). Sizes are the scripts' defaults, chosen for ~1-2 s
# on CPython 3.11.
SINGLE = [
    ("nbody", "nbody.py", []),
    ("fannkuch", "fannkuch.py", []),
    ("spectral_norm", "spectral_norm.py", []),
    ("richards", "richards.py", []),
    ("fib", "fib.py", []),
]
SCALING = [
    ("scaling_cpu", "scaling_cpu.py"),
    ("scaling_shared", "scaling_shared.py"),
]


def default_threads():
    """1, 2, 4, ... up to the core count, plus the core count itself."""
    cpus = os.cpu_count() or 1
    out, n = [], 1
    while n < cpus:
        out.append(n)
        n *= 2
    out.append(cpus)
    return out


def resolve_exe(path):
    """Find an executable given as a path (relative to the cwd or the repo root) or a name on PATH."""
    if os.sep in path or path.startswith("."):
        for base in (os.getcwd(), REPO_ROOT):
            cand = os.path.join(base, path)
            if os.path.isfile(cand) and os.access(cand, os.X_OK):
                return os.path.abspath(cand)
        return None
    found = shutil.which(path)
    if found:
        return found
    cand = os.path.join(REPO_ROOT, path)
    return cand if os.path.isfile(cand) and os.access(cand, os.X_OK) else None


def clean_env():
    """Environment for children: no PYTHON_GIL, so only -X gil=1 selects GIL mode."""
    env = dict(os.environ)
    env.pop("PYTHON_GIL", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_once(cmd, timeout, env):
    """Run cmd once; return (seconds, ok, stdout-or-error-text)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, env=env, cwd=BENCH_DIR)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, False, "timeout after %ss" % timeout
    except OSError as e:
        return 0.0, False, "cannot run: %s" % e
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        why = "exit %d" % proc.returncode if proc.returncode > 0 else "signal %d" % -proc.returncode
        return elapsed, False, "%s: %s" % (why, err[-1]) if err else why
    return elapsed, True, proc.stdout.decode("utf-8", "replace")


def measure(jobs, repeat, timeout, env):
    """jobs: list of dicts with 'cmd'. Runs all jobs round-robin `repeat` times.

    Fills in 'times', 'ok', 'output' (first output, or the error), 'median'.
    A job that fails once is not run again.
    """
    for job in jobs:
        job.update(times=[], ok=True, output=None, error=None)
    for rep in range(repeat):
        for job in jobs:
            if not job["ok"]:
                continue
            sys.stderr.write("  [%d/%d] %s\n" % (rep + 1, repeat, " ".join(job["cmd_short"])))
            sys.stderr.flush()
            secs, ok, out = run_once(job["cmd"], timeout, env)
            if not ok:
                job["ok"] = False
                job["error"] = out
                continue
            job["times"].append(secs)
            if job["output"] is None:
                job["output"] = out
            elif out != job["output"]:
                job["ok"] = False
                job["error"] = "output changed between repetitions"
    for job in jobs:
        job["median"] = statistics.median(job["times"]) if job["ok"] and job["times"] else None
    return jobs


def fmt_s(x):
    return "—" if x is None else "%.3f" % x


def fmt_ratio(x):
    return "—" if x is None else "%.2f" % x


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] * len(header)) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def script_cmd(exe, extra, script, args):
    return [exe] + extra + [os.path.join(BENCH_DIR, script)] + [str(a) for a in args]


def short_cmd(label, script, args):
    return [label, script] + [str(a) for a in args]


def run_single(opts, env, report):
    print("## Single-thread suite\n")
    print("Median wall time of %d run(s) per cell, in seconds; ratio = weft / python3 "
          "(lower is better for weft).\n" % opts.repeat)
    rows, ratios = [], []
    for name, script, args in SINGLE:
        sys.stderr.write("%s\n" % name)
        jobs = [
            {"runtime": "python3", "cmd": script_cmd(opts.python_exe, [], script, args),
             "cmd_short": short_cmd("python3", script, args)},
            {"runtime": "weft", "cmd": script_cmd(opts.weft_exe, [], script, args),
             "cmd_short": short_cmd("weft", script, args)},
        ]
        py, wf = measure(jobs, opts.repeat, opts.timeout, env)
        check = check_outputs([py, wf])
        ratio = None
        if check == "ok":  # a wrong answer's time means nothing
            ratio = wf["median"] / py["median"]
            ratios.append(ratio)
        else:
            report["problems"].append("%s: %s" % (name, check))
        rows.append([name, fmt_s(py["median"]), fmt_s(wf["median"]), fmt_ratio(ratio), check])
        for job in jobs:
            report["runs"].append(job_record("single", name, job, None))
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else None
    rows.append(["**geometric mean**", "", "", "**%s**" % fmt_ratio(geo),
                 "%d of %d benchmarks" % (len(ratios), len(SINGLE))])
    report["single_geomean_ratio"] = geo
    print(table(["benchmark", "python3 (s)", "weft (s)", "weft/python3", "output"], rows))
    print()


def check_outputs(jobs):
    """'ok' when every job succeeded with the same output, else what went wrong."""
    problems = ["%s: %s" % (j["runtime"] if j.get("threads") is None
                            else "%s T=%d" % (j["runtime"], j["threads"]), j["error"])
                for j in jobs if not j["ok"]]
    if problems:
        return "**FAIL** " + "; ".join(problems)
    outs = {j["output"] for j in jobs}
    if len(outs) != 1:
        return "**MISMATCH** " + "; ".join(
            "%s%s=%r" % (j["runtime"], "" if j.get("threads") is None else " T=%d" % j["threads"],
                         j["output"].strip()[:40]) for j in jobs)
    return "ok"


def run_scaling(opts, env, report):
    threads = opts.threads
    print("## Scaling suite\n")
    print("Fixed total work split over T threads. Median wall time of %d run(s) in seconds; "
          "scaling = time(T=1) / time(T) (ideal: T). Machine has %s cores.\n"
          % (opts.repeat, os.cpu_count()))
    runtimes = [("weft", opts.weft_exe, []),
                ("weft -X gil=1", opts.weft_exe, ["-X", "gil=1"]),
                ("python3", opts.python_exe, [])]
    for name, script in SCALING:
        sys.stderr.write("%s\n" % name)
        jobs = []
        for label, exe, extra in runtimes:
            for t in threads:
                jobs.append({"runtime": label, "threads": t,
                             "cmd": script_cmd(exe, extra, script, [t]),
                             "cmd_short": short_cmd(label, script, [t])})
        measure(jobs, opts.repeat, opts.timeout, env)
        header = ["runtime"] + ["T=%d (s)" % t for t in threads] + \
                 ["scaling T=%d" % t for t in threads if t != 1]
        rows = []
        for label, _, _ in runtimes:
            by_t = {j["threads"]: j for j in jobs if j["runtime"] == label}
            base = by_t[1]["median"] if 1 in by_t else None
            row = [label] + [fmt_s(by_t[t]["median"]) for t in threads]
            for t in threads:
                if t == 1:
                    continue
                m = by_t[t]["median"]
                row.append(fmt_ratio(base / m if base and m else None))
            rows.append(row)
        for job in jobs:
            report["runs"].append(job_record("scaling", name, job, job["threads"]))
        print("### %s\n" % name)
        print(table(header, rows))
        check = check_outputs(jobs)
        if check != "ok":
            report["problems"].append("%s: %s" % (name, check))
        print("\noutput check: %s\n" % check)


def job_record(suite, bench, job, threads):
    return {"suite": suite, "bench": bench, "runtime": job["runtime"], "threads": threads,
            "cmd": job["cmd"], "times": job["times"], "median": job["median"],
            "ok": job["ok"], "error": job["error"],
            "output": job["output"]}


def version_of(exe, env):
    try:
        p = subprocess.run([exe, "-c", "import sys; print(sys.version.split()[0])"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=30, env=env)
        return p.stdout.decode().strip() or "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--weft", default="target/release/weft",
                    help="weft binary (relative to the cwd or the repo root, or a name on PATH)")
    ap.add_argument("--python", default="python3", help="CPython to compare with")
    ap.add_argument("--repeat", type=int, default=None, help="runs per cell (default 5; 1 with --quick)")
    ap.add_argument("--threads", default=None,
                    help="comma-separated thread counts for the scaling suite "
                         "(default: 1,2,4,.. up to the core count)")
    ap.add_argument("--suite", choices=["scaling", "single", "all"], default="all")
    ap.add_argument("--quick", action="store_true", help="fewer repeats (1 unless --repeat is given)")
    ap.add_argument("--json", metavar="FILE", help="also save raw numbers as JSON")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a run counts as failed")
    opts = ap.parse_args(argv)
    if opts.repeat is None:
        opts.repeat = 1 if opts.quick else 5
    if opts.repeat < 1:
        ap.error("--repeat must be at least 1")
    if opts.threads is None:
        opts.threads = default_threads()
    else:
        try:
            opts.threads = sorted({int(x) for x in opts.threads.split(",") if x.strip()})
        except ValueError:
            ap.error("--threads takes comma-separated integers, e.g. 1,2,4")
        if not opts.threads or opts.threads[0] < 1:
            ap.error("--threads needs positive integers")
    if 1 not in opts.threads:
        opts.threads.insert(0, 1)  # scaling is relative to T=1
    opts.weft_exe = resolve_exe(opts.weft)
    opts.python_exe = resolve_exe(opts.python)
    if opts.weft_exe is None:
        ap.error("weft binary not found: %s (build it with cargo build --release, or pass --weft)"
                 % opts.weft)
    if opts.python_exe is None:
        ap.error("python not found: %s" % opts.python)
    return opts


def main(argv):
    opts = parse_args(argv)
    env = clean_env()
    cmdline = " ".join(shlex.quote(a) for a in [os.path.basename(sys.executable) or "python3",
                                                 os.path.relpath(os.path.abspath(__file__))] + argv)
    report = {"command": cmdline, "weft": opts.weft_exe, "python": opts.python_exe,
              "weft_version": version_of(opts.weft_exe, env),
              "python_version": version_of(opts.python_exe, env),
              "cpus": os.cpu_count(), "platform": platform.platform(),
              "machine": platform.machine(), "repeat": opts.repeat,
              "threads": opts.threads, "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
              "runs": [], "problems": []}
    print("# Weft benchmarks\n")
    print("    %s\n" % cmdline)
    print("- date: %s" % report["date"])
    print("- machine: %s, %s cores, %s" % (report["machine"], report["cpus"], report["platform"]))
    print("- weft: `%s` (sys.version %s)" % (opts.weft_exe, report["weft_version"]))
    print("- python3: `%s` (%s)" % (opts.python_exe, report["python_version"]))
    print("- repeats per cell: %d\n" % opts.repeat)
    if opts.suite in ("single", "all"):
        run_single(opts, env, report)
    if opts.suite in ("scaling", "all"):
        run_scaling(opts, env, report)
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump(report, f, indent=2)
        print("raw numbers saved to `%s`" % opts.json)
    if report["problems"]:
        print("\n**Problems:**\n")
        for p in report["problems"]:
            print("- %s" % p)
    return 1 if report["problems"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
