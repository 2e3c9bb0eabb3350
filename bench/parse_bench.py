#!/usr/bin/env python3
"""Front end against CPython on one generated 5 MB source (tests/run_cases.py's hostile
varied_5mb): build/parse_bench's best CPU times beside python3's compile() of the same file.
Usage: python3 bench/parse_bench.py [--bench build/parse_bench] [--python python3] [-n 3]"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
import run_cases  # noqa: E402  (the generator of the hostile inputs)

# Run by the python under test: the best CPU time of N compile() calls.
COMPILE = """
import sys, time
path, runs = sys.argv[1], int(sys.argv[2])
src = open(path, "rb").read()
best = None
for _ in range(runs):
    t0 = time.process_time()
    compile(src, path, "exec")
    t = time.process_time() - t0
    best = t if best is None else min(best, t)
print("%-23s %8.1f ms  (compile(), Python %s)" % ("python3", best * 1e3, sys.version.split()[0]))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default="build/parse_bench")
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", type=int, default=3)
    args = ap.parse_args()
    path = os.path.join(os.path.dirname(args.bench) or ".", "varied_5mb.py")
    data = run_cases.varied_5mb()
    with open(path, "wb") as f:
        f.write(data)
    print("%s: %.1f MB, %d lines" % (path, len(data) / 1e6, data.count(b"\n")))
    subprocess.run([args.bench, path, str(args.n)], check=True)
    subprocess.run([args.python, "-S", "-c", COMPILE, path, str(args.n)], check=True)


if __name__ == "__main__":
    main()
