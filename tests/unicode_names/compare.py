#!/usr/bin/env python3
"""Checks moat's \\N{...} name lookup (parser/unicode_names.c) against CPython 3.14's.

CPython (Pyodide under Node) lists the names to try and its answer for each
(tests/unicode_names/cpython_names.py: every character name, alias and named sequence, in upper
and lower case, and near misses); tests/unicode_names/driver answers the same names with moat's
lookup. Prints "N passed, N failed" last; exits 1 on any failure. Standard library only.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def cpython_answers():
    res = subprocess.run(["node", os.path.join(ROOT, "parser", "gen", "pyodide_run.mjs"),
                          os.path.join(HERE, "cpython_names.py")],
                         capture_output=True, text=True, cwd=ROOT)
    if res.returncode != 0:
        sys.exit("CPython failed: " + res.stderr[-2000:])
    return [line.split("\t") for line in res.stdout.splitlines()]


def moat_answers(driver, names):
    res = subprocess.run([driver], input="".join(n + "\n" for n in names), capture_output=True,
                         text=True, check=True)
    return res.stdout.splitlines()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--driver", default=os.path.join(ROOT, "build", "unicode_names_driver"))
    args = ap.parse_args()
    expected = cpython_answers()
    got = moat_answers(args.driver, [name for name, _ in expected])
    assert len(got) == len(expected)
    failed = [(name, want, have) for (name, want), have in zip(expected, got) if want != have]
    for name, want, have in failed[:30]:
        print("MISMATCH %r: CPython %s, moat %s" % (name, want, have))
    accepted = sum(want != "-" for _, want in expected)
    print("%d names CPython accepts, %d it rejects" % (accepted, len(expected) - accepted))
    print("names: %d passed, %d failed" % (len(expected) - len(failed), len(failed)))
    return 1 if failed else 0


sys.exit(main())
