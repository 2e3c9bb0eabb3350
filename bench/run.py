#!/usr/bin/env python3
"""Times every bench/*.py program under CPython and moat side by side (standard library only).

For each program: the best of N wall-clock runs of `PYTHON -S FILE` and of `MOAT run FILE`,
a check that both printed exactly the same stdout, and the ratio moat/python (lower is better).
The last line is the geometric mean of the ratios of the programs that passed; a program where
moat fails (non-zero exit, timeout, missing binary) or prints something else is marked and left
out of the mean.

    python3 bench/run.py [--moat PATH] [--python PATH] [-n N] [--filter SUBSTR] [--timeout SECS]

Exit status: 0 when every program agreed, 1 when any failed or differed, 2 on usage errors.
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class Outcome:
    """The best time and the output of one interpreter on one program."""

    def __init__(self):
        self.best = None  # seconds, None if no run succeeded
        self.stdout = None
        self.error = None  # short reason when a run failed


def programs(filter_text):
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".py") and n not in ("run.py", "host_call.py", "parse_bench.py"))
    return [n for n in names if filter_text in n]


def time_runs(argv, runs, timeout):
    """Runs argv `runs` times; keeps the best time. Stops at the first failure."""
    out = Outcome()
    for _ in range(runs):
        start = time.perf_counter()
        try:
            proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  stdin=subprocess.DEVNULL, timeout=timeout, cwd=HERE)
        except subprocess.TimeoutExpired:
            out.error = "timeout after %gs" % timeout
            return out
        except OSError as e:
            out.error = "cannot run: %s" % e
            return out
        secs = time.perf_counter() - start
        if proc.returncode != 0:
            lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            last = lines[-1] if lines else ""
            out.error = "exit %d%s" % (proc.returncode, (": " + last[:100]) if last else "")
            return out
        if out.stdout is not None and proc.stdout != out.stdout:
            out.error = "output changed between runs"
            return out
        out.stdout = proc.stdout
        out.best = secs if out.best is None else min(out.best, secs)
    return out


def resolve(path):
    """A path as given if it exists from here, else relative to the repository root."""
    if os.sep in path and not os.path.isabs(path) and not os.path.exists(path):
        alt = os.path.join(ROOT, path)
        if os.path.exists(alt):
            return alt
    return os.path.abspath(path) if os.sep in path else path


def short(data):
    text = data.decode("utf-8", "replace").strip().replace("\n", " | ")
    return text if len(text) <= 60 else text[:57] + "..."


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--moat", default=os.path.join(ROOT, "build", "moat"),
                    help="moat binary (default build/moat)")
    ap.add_argument("--python", default="python3", help="CPython to compare with (default python3)")
    ap.add_argument("-n", type=int, default=3, metavar="N", help="runs per program, best kept (3)")
    ap.add_argument("--filter", default="", metavar="SUBSTR",
                    help="only programs whose file name contains SUBSTR")
    ap.add_argument("--timeout", type=float, default=120, metavar="SECS",
                    help="seconds per single run (120)")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("-n must be at least 1")

    python = resolve(args.python)
    if shutil.which(python) is None:
        print("bench: python not found: %s" % args.python, file=sys.stderr)
        return 2
    moat = resolve(args.moat)
    moat_missing = shutil.which(moat) is None
    names = programs(args.filter)
    if not names:
        print("bench: no program matches --filter %r" % args.filter, file=sys.stderr)
        return 2

    print("python: %s" % python)
    print("moat:   %s%s" % (moat, "  (not found)" if moat_missing else ""))
    print("best of %d run%s per program\n" % (args.n, "" if args.n == 1 else "s"))
    header = "%-22s %10s %10s %8s  %s" % ("program", "python3 s", "moat s", "ratio", "")
    print(header)
    print("-" * len(header))

    ratios, notes, failed = [], [], 0
    for name in names:
        path = os.path.join(HERE, name)
        py = time_runs([python, "-S", path], args.n, args.timeout)
        if moat_missing:
            mo = Outcome()
            mo.error = "binary not found"
        else:
            mo = time_runs([moat, "run", path], args.n, args.timeout)
        py_col = "%10.3f" % py.best if py.best is not None else "%10s" % "-"
        mo_col = "%10.3f" % mo.best if mo.best is not None else "%10s" % "-"
        mark = ""
        if py.error:
            mark = "PYTHON FAILED"
            notes.append("%s: python3 %s" % (name, py.error))
        elif mo.error:
            mark = "MOAT FAILED"
            notes.append("%s: moat %s" % (name, mo.error))
        elif mo.stdout != py.stdout:
            mark = "OUTPUT DIFFERS"
            notes.append("%s: python3 printed %r, moat printed %r"
                         % (name, short(py.stdout), short(mo.stdout)))
        if mark:
            failed += 1
            print("%-22s %s %s %8s  %s" % (name, py_col, mo_col, "-", mark))
            continue
        ratio = mo.best / py.best if py.best > 0 else float("inf")
        ratios.append(ratio)
        print("%-22s %s %s %8.2f" % (name, py_col, mo_col, ratio))

    print("-" * len(header))
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("%-22s %10s %10s %8.2f  (%d of %d programs)" % (
            "geometric mean", "", "", geo, len(ratios), len(names)))
    else:
        print("geometric mean: no program passed")
    if notes:
        print()
        for n in notes:
            print(n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
