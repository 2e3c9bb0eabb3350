#!/usr/bin/env python3
"""Checks moat's int arithmetic against CPython 3.14 on random ints of every size.

Generates random operand pairs (small, around the 64-bit boundaries moat's fast path has,
and bigints of up to a few thousand bits, both signs), writes one script that applies every
int operator and conversion to them and prints each answer, runs it with `moat run` and with
the CPython 3.14 oracle (tests/oracle/oracle.mjs: Pyodide under Node), and compares the
outputs line by line: values, and the type and message of each exception (3.14 words its
ZeroDivisionErrors differently from older versions). pow() with a modulus, true division
(correctly rounded) and the exact int/float comparisons are included. Prints "N passed,
N failed" last; exits 1 on any failure. Standard library only.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

BOUNDARIES = [0, 1, 2, 3, 7, 10, 63, 64, 100, 255, 256, 1000, 2**31 - 1, 2**31, 2**32,
              2**53 - 1, 2**53, 2**53 + 1, 2**62, 2**63 - 2, 2**63 - 1, 2**63, 2**63 + 1,
              2**64 - 1, 2**64, 2**64 + 1, 2**127, 2**128 - 1, 10**18, 10**19, 10**20]


def random_int(rng):
    r = rng.random()
    if r < 0.25:
        n = rng.choice(BOUNDARIES) + rng.choice([-1, 0, 0, 1])
    elif r < 0.5:
        n = rng.getrandbits(rng.randint(1, 62))
    elif r < 0.75:
        n = rng.getrandbits(rng.randint(60, 130))
    else:
        n = rng.getrandbits(rng.randint(130, 3000))
    return -n if rng.random() < 0.5 else n


# The script both interpreters run: each line is "index op answer", an exception printed as
# its type and message, so a line that differs says which operation on which operands.
PROGRAM = r'''
def fmt(v):
    # results in hex: decimal str() of a big power would pass CPython's 4300-digit limit
    if isinstance(v, tuple):
        return "(" + ", ".join(fmt(x) for x in v) + ")"
    if isinstance(v, bool) or isinstance(v, str):
        return repr(v)
    if isinstance(v, int):
        return hex(v)
    if isinstance(v, float) and v == v and v not in (float("inf"), float("-inf")):
        return v.hex()
    return repr(v)


def show(k, name, fn):
    try:
        v = fmt(fn())
    except Exception as e:
        v = "!! %s: %s" % (type(e).__name__, e)
    print(k, name, v)


def negpow(a, n):
    v = a ** -n
    exact = a ** n
    close = v == 0.0 or abs(v * float(exact) - 1.0) < 1e-12 if abs(exact) < 2**1000 else v == 0
    return type(v).__name__, close


def check(k, a, b):
    show(k, "add", lambda: a + b)
    show(k, "sub", lambda: a - b)
    show(k, "mul", lambda: a * b)
    show(k, "floordiv", lambda: a // b)
    show(k, "mod", lambda: a % b)
    show(k, "divmod", lambda: divmod(a, b))
    show(k, "truediv", lambda: a / b)
    show(k, "and", lambda: a & b)
    show(k, "or", lambda: a | b)
    show(k, "xor", lambda: a ^ b)
    show(k, "lshift", lambda: a << (b % 200))
    show(k, "rshift", lambda: a >> (abs(b) % 300))
    show(k, "neg", lambda: -a)
    show(k, "invert", lambda: ~a)
    show(k, "abs", lambda: abs(a))
    show(k, "pow", lambda: a ** (abs(b) % 7))
    # a float from libm's pow(), whose last bit differs between libms (Pyodide's and glibc's):
    # checked to within rounding, with its type and errors
    show(k, "negpow", lambda: negpow(a, abs(b) % 4 + 1))
    show(k, "powmod", lambda: pow(a, abs(b) % 1000, b))
    show(k, "powinv", lambda: pow(a, -1, b))
    show(k, "cmp", lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
    show(k, "float", lambda: float(a))
    show(k, "cmpfloat", lambda: (a < float(b), a == float(b), float(a) > b, a == float(a)))
    show(k, "str", lambda: str(a))
    show(k, "hex", lambda: (hex(a), oct(a), bin(b)))
    show(k, "bits", lambda: (a.bit_length(), a.bit_count()))
    show(k, "parse", lambda: int(str(b)) == b and int(hex(b), 16) == b)
    show(k, "round", lambda: (round(a, -3), round(a, -(abs(b) % 25))))
    show(k, "bool", lambda: (bool(a), a // 1 == a, hash(a) == hash(a + 0)))
    show(k, "bytes", lambda: (abs(a) % 2**64).to_bytes(8, "little").hex())


for k, (a, b) in enumerate(PAIRS):
    check(k, a, b)
'''


def write_script(path, pairs):
    with open(path, "w") as f:
        f.write("PAIRS = [\n")
        for a, b in pairs:
            f.write("    (%d, %d),\n" % (a, b))
        f.write("]\n")
        f.write(PROGRAM)


ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ORACLE = os.path.join(ROOT, "tests", "oracle", "oracle.mjs")


def run_moat(moat, path):
    p = subprocess.run([moat, "run", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=600)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def run_oracle(path):
    """CPython 3.14's (status, stdout, error text) for the script at path."""
    with open(path) as f:
        case = {"name": "intarith", "mode": "run", "source": f.read(), "filename": "intarith.py"}
    p = subprocess.run(["node", ORACLE, "-", "--timeout", "600"], input=json.dumps([case]),
                       capture_output=True, text=True, timeout=900)
    if p.returncode != 0:
        return "oracle failed", "", p.stderr[-2000:]
    r = json.loads(p.stdout)[0]
    if r.get("oracle_error") or r.get("status") != "ok":
        return "script failed", "", json.dumps(r.get("oracle_error") or r.get("exception"))
    return "ok", r["stdout"], ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--moat", required=True)
    ap.add_argument("--count", type=int, default=2000, help="operand pairs")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    pairs = [(random_int(rng), random_int(rng)) for _ in range(args.count)]
    pairs += [(a, b) for a in (0, 1, -1, 2**63 - 1, -2**63) for b in (0, 1, -1, 2**63, -2**63 - 1)]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "intarith.py")
        write_script(path, pairs)
        status, want, why = run_oracle(path)
        got_rc, got, got_err = run_moat(args.moat, path)
    if status != "ok":
        print("CPython 3.14 (the oracle): %s (seed %d): %s" % (status, seed, why))
        return 1
    want_lines, got_lines = want.splitlines(), got.splitlines()
    failed = 0
    for k, line in enumerate(want_lines):
        other = got_lines[k] if k < len(got_lines) else "<missing>"
        if other != line:
            failed += 1
            if failed <= 10:
                print("DIFF (seed %d)\n  CPython: %s\n  moat:    %s" % (seed, line[:300], other[:300]))
    if got_rc != 0:
        failed += 1
        print("moat exited %d (seed %d): %s" % (got_rc, seed, got_err[-2000:]))
    print("%d passed, %d failed (seed %d, %d operand pairs)"
          % (len(want_lines) - failed, failed, seed, len(pairs)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
