#!/usr/bin/env python3
"""Checks moat's number formatting (interp/numfmt*.c) against CPython, through tests/numfmt/driver.

Generates requests (random doubles from bit patterns and from decimal strings, rounding-hard
decimal strings, format specs over random floats, ints, bigints and strs, %-conversions, round,
float.hex/fromhex, as_integer_ratio), runs the driver once on all of them and compares each answer
with this python3's own. Features newer than this python3 (3.14's grouping of fractional digits)
are answered by the CPython 3.14 oracle, Pyodide under Node, when it is installed; otherwise those
cases are skipped. Prints "N passed, N failed" last; exits 1 on any failure.
Standard library only.
"""
import argparse
import decimal
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def answer(fn):
    """The driver's line for fn(): its value, or "!! Type: message"."""
    try:
        return fn()
    except Exception as e:  # the exception is the expected answer
        return "!! %s: %s" % (type(e).__name__, e)


def parse_answer(s):
    try:
        return "%016x" % bits(float(s))
    except ValueError:
        return "!! ValueError: could not convert"


# ---- inputs ----------------------------------------------------------------------------------

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e-5, 1e-4, 0.1, 0.5, 1.5, 2.5,
           123.456, 1234567890123456.0, 1.2345678901234568e16, 5e-324, 1e-323,
           1.7976931348623157e308, 2.2250738585072014e-308, 9007199254740993.0, 1e22, 1e23,
           -1.5e-7, 0.125, 0.375, 2.675, 1e300, 1e-300, 100.0, 99.99, 0.0001, 0.00001234]


def random_double(rng):
    r = rng.random()
    if r < 0.15:
        return rng.choice(SPECIAL)
    if r < 0.45:
        return from_bits(rng.getrandbits(64))
    if r < 0.7:
        return rng.randint(-10**6, 10**6) / 10 ** rng.randint(0, 6)
    if r < 0.85:
        return rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
    return float(random_decimal(rng))


def random_decimal(rng, max_digits=25):
    nd = rng.randint(1, max_digits)
    digits = "".join(rng.choice("0123456789") for _ in range(nd))
    point = rng.randint(0, nd)
    s = digits[:point] + "." + digits[point:] if rng.random() < 0.7 else digits
    if rng.random() < 0.7:
        s += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 340))
    if rng.random() < 0.3:
        s = rng.choice("+-") + s
    return s


def with_underscores(rng, s):
    out = []
    for c in s:
        out.append(c)
        if rng.random() < 0.15:
            out.append("_" * rng.choice([1, 1, 1, 2]))
    if rng.random() < 0.1:
        out.insert(rng.randint(0, len(out)), "_")
    return "".join(out)


def hard_decimals(rng, n):
    """Exact halfway points between neighbouring doubles, and their near neighbours."""
    ctx = decimal.Context(prec=2000)
    out = []
    for _ in range(n):
        x = abs(from_bits(rng.getrandbits(63)))
        if not math.isfinite(x):
            continue
        y = math.nextafter(x, math.inf)
        if not math.isfinite(y):
            continue
        mid = ctx.divide(ctx.add(decimal.Decimal(x), decimal.Decimal(y)), 2)
        s = format(mid, "f") if abs(mid.adjusted()) < 30 else format(mid, "e")
        out.append(s)
        mant, _, exp = s.partition("e")
        if "." not in mant:
            mant += "."
        out.append(mant + "0000000000001" + ("e" + exp if exp else ""))
        out.append(mant.rstrip("0").rstrip(".") + ("e" + exp if exp else ""))
    return out


def random_spec(rng, kind):
    s = ""
    if rng.random() < 0.4:
        if rng.random() < 0.5:
            s += rng.choice([" ", "*", "0", "ы", "_", "x", "=", "😀"])
        s += rng.choice("<>^=")
    if rng.random() < 0.4:
        s += rng.choice("+- ")
    if rng.random() < 0.1:
        s += "z"
    if rng.random() < 0.2:
        s += "#"
    if rng.random() < 0.25:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.randint(0, 40))
    if rng.random() < 0.3:
        s += rng.choice(",_")
    if rng.random() < (0.15 if kind == "int" else 0.5):
        s += "." + str(rng.choice([rng.randint(0, 20), rng.randint(0, 400)]))
    if kind == "int":
        types = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
    elif kind == "float":
        types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "r"]
    else:
        types = ["", "s", "d"]
    s += rng.choice(types)
    if rng.random() < 0.02:
        s += rng.choice(["x", "ы", ",", "."])
    return s


def random_frac_spec(rng, kind):
    """Specs with 3.14's separator after the precision."""
    s = random_spec(rng, kind)
    head, _, typ = s.rpartition(".") if "." in s else (s, "", "")
    m = re.match(r"(\d*)(.*)$", typ)
    prec = m.group(1) if rng.random() < 0.85 else ""
    return (head if "." in s else s.rstrip("bcdoxXneEfFgG%sr")) + "." + prec + \
        rng.choice(",_") + (m.group(2) if "." in s else rng.choice(["", "f", "e", "g", "%", "n", "E"]))


# 3.12+ separators after the point: python3 3.11 rejects these, so the 3.14 oracle answers them.
NEWER = re.compile(r"\.\d*[,_]")


def random_int(rng):
    r = rng.random()
    if r < 0.3:
        return rng.randint(-1000, 1000)
    if r < 0.6:
        return rng.randint(-2**63, 2**63 - 1)
    if r < 0.9:
        return rng.randint(-2**rng.randint(64, 400), 2**rng.randint(64, 400))
    return rng.choice([0, 65, 0x1F600, 0x10FFFF, 0x110000, -1, 2**63, -2**63, 2**64,
                       10**4300, 10**4300 - 1, 2**1024, 2**1024 - 2**970])


def random_text(rng):
    return "".join(rng.choice("abc xyzéы😀") for _ in range(rng.randint(0, 8)))


def random_conversion(rng, conv):
    s = "%"
    for flag in "-0+ #":
        if rng.random() < 0.2:
            s += flag
    if rng.random() < 0.5:
        s += str(rng.randint(0, 30))
    if rng.random() < 0.5:
        s += "." + str(rng.randint(0, 25))
    return s + conv


# ---- cases -----------------------------------------------------------------------------------

def build_cases(rng, count, frac_cases):
    """(request, expected) pairs for python3, and requests left to the 3.14 oracle."""
    cases = []
    half = count // 2
    for _ in range(half):
        x = from_bits(rng.getrandbits(64))
        cases.append(("repr %x" % bits(x), repr(x)))
    for _ in range(count - half):
        s = random_decimal(rng)
        cases.append(("parse " + s, parse_answer(s)))
        x = float(s)
        cases.append(("repr %x" % bits(x), repr(x)))
    for t in range(1, 3000):  # the smallest subnormals and integers
        cases.append(("repr %x" % t, repr(from_bits(t))))
        cases.append(("repr %x" % bits(float(t)), repr(float(t))))
    for e in range(-1074, 1024):
        for m in (1, 3, 5, 25, 125):
            if e + m.bit_length() <= 1024:
                x = math.ldexp(m, e)
                cases.append(("repr %x" % bits(x), repr(x)))
    for s in hard_decimals(rng, 3000):
        cases.append(("parse " + s, parse_answer(s)))
    for _ in range(20000):
        s = with_underscores(rng, random_decimal(rng))
        cases.append(("parse " + s, parse_answer(s)))
    for _ in range(5000):
        s = "".join(rng.choice("0123456789._eE+-infatyINFAN") for _ in range(rng.randint(1, 9)))
        cases.append(("parse " + s, parse_answer(s)))
    for s in ["inf", "-Infinity", "+nan", "-nan", "NaN", "infinit", "nan(1)", "1e", ".", ".e1",
              "1_000.5e-3", "0" * 5000 + "1e-5000", "1" + "0" * 400 + "e-400", "9" * 800 + "e-1100",
              "1e-400", "1e400", "-0", "2.4703282292062328e-324", "2.4703282292062327e-324"]:
        cases.append(("parse " + s, parse_answer(s)))
    for _ in range(4000):
        s = with_underscores(rng, random_decimal(rng)).lstrip("+-")
        if re.fullmatch(r"(\d(_?\d)*)?(\.(\d(_?\d)*)?)?([eE][+-]?\d(_?\d)*)?", s) and \
                re.search(r"\d", s.split("e")[0].split("E")[0]):
            cases.append(("literal " + s, parse_answer(s)))
    for _ in range(6000):
        x, spec = random_double(rng), random_spec(rng, "float")
        if NEWER.search(spec):
            continue
        cases.append(("format %x %s" % (bits(x), spec), answer(lambda: format(x, spec))))
    for _ in range(5000):
        n, spec = random_int(rng), random_spec(rng, "int")
        if NEWER.search(spec):
            continue
        cmd = rng.choice(["iformat", "bformat"])
        cases.append(("%s %s %s" % (cmd, hex(n), spec), answer(lambda: format(n, spec))))
    for _ in range(2000):
        t, spec = random_text(rng), random_spec(rng, "str")
        if NEWER.search(spec):
            continue
        req = "sformat %s %s" % (t.encode().hex(), spec)
        cases.append((req, answer(lambda: format(t, spec))))
    for _ in range(3000):
        x, conv = random_double(rng), random_conversion(rng, rng.choice("eEfFgG"))
        cases.append(("pfloat %x %s" % (bits(x), conv), answer(lambda: conv % x)))
    for _ in range(3000):
        n, conv = random_int(rng), random_conversion(rng, rng.choice("diuoxXc"))
        if conv.endswith("c") and rng.random() < 0.7:
            n = rng.randint(-5, 0x11000)
        if conv.endswith("c") and 0xD800 <= n < 0xE000:
            continue  # lone surrogates have no UTF-8 form
        cases.append(("pint %s %s" % (hex(n), conv), answer(lambda: conv % n)))
    for _ in range(5000):
        x, nd = random_double(rng), rng.randint(-330, 330)
        cases.append(("round %x %d" % (bits(x), nd), answer(lambda: repr(round(x, nd)))))
        cases.append(("roundint %x" % bits(x), answer(lambda: str(round(x)))))
        cases.append(("hex %x" % bits(x), x.hex()))
        cases.append(("ratio %x" % bits(x), answer(lambda: "%d %d" % x.as_integer_ratio())))
        h = x.hex() if math.isfinite(x) else repr(x)
        if rng.random() < 0.5:
            h = rng.choice(["", " ", "\t"]) + h.upper() + rng.choice(["", " "])
        cases.append(("fromhex " + h, answer(lambda: repr(float.fromhex(h)))))
    for h in ["0x", "0x1p", "0x.8", "0x1.", "1p-1075", "0x1.8p-1074", "0x1.fffffffffffff8p+1023",
              "0x1.fffffffffffff7ffp+1023", "infx", "-nan", " -0X1.8P+1 ", "0x1p99999999999999999999",
              "0x0p99999999999999999999", "0x1.00000000000008p0", "0x1.000000000000081p0"]:
        cases.append(("fromhex " + h, answer(lambda: repr(float.fromhex(h)))))
    for n in [0, -5, 10**4299, 10**4300, -(10**4300), 10**4300 - 1, 2**200]:
        cases.append(("str %s" % hex(n), answer(lambda: str(n))))
    frac = []
    for _ in range(frac_cases):
        kind = rng.choice(["float", "float", "int", "str"])
        spec = random_frac_spec(rng, kind)
        if kind == "float":
            frac.append(("format %x %s" % (bits(x := random_double(rng)), spec), repr(x), spec))
        elif kind == "int":
            n = random_int(rng)
            if spec.endswith("c"):
                # Pyodide is 32-bit: its C long overflows sooner than a 64-bit CPython's
                n = rng.choice([rng.randint(-5, 0xD7FF), rng.randint(0xE000, 0x110005)])
            frac.append(("iformat %s %s" % (h := hex(n), spec), h, spec))
        else:
            frac.append(("sformat %s %s" % ((t := random_text(rng)).encode().hex(), spec), repr(t),
                         spec))
    return cases, frac


ORACLE_JS = """
import { loadPyodide } from "%s";
import { readFileSync } from "fs";
const py = await loadPyodide();
py.setStdout({ batched: (s) => process.stdout.write(s + "\\n") });
py.runPython(readFileSync(process.argv[2], "utf8"));
"""

ORACLE_PY = """
import json
def answer(fn):
    try:
        return fn()
    except Exception as e:
        return "!! %%s: %%s" %% (type(e).__name__, e)
inf, nan = float("inf"), float("nan")
for value, spec in json.loads(%r):
    print(json.dumps(answer(lambda: format(eval(value), spec))))
"""


def oracle_answers(frac):
    """Answers of CPython 3.14 (Pyodide under Node) for the 3.14-only cases, or None."""
    pyodide = os.path.join(ROOT, "node_modules", "pyodide", "pyodide.mjs")
    if not frac or not shutil.which("node") or not os.path.exists(pyodide):
        return None
    import json
    with tempfile.TemporaryDirectory() as tmp:
        js, py = os.path.join(tmp, "oracle.mjs"), os.path.join(tmp, "cases.py")
        with open(js, "w") as f:
            f.write(ORACLE_JS % pyodide)
        with open(py, "w") as f:
            f.write(ORACLE_PY % json.dumps([[v, s] for _, v, s in frac]))
        res = subprocess.run(["node", js, py], capture_output=True, text=True)
    lines = res.stdout.splitlines()
    if res.returncode != 0 or len(lines) != len(frac):
        print("oracle failed: " + res.stderr[-2000:], file=sys.stderr)
        return None
    return [json.loads(line) for line in lines]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--driver", default=os.path.join(ROOT, "build", "numfmt_driver"))
    ap.add_argument("--count", type=int, default=1000000, help="random doubles")
    ap.add_argument("--frac-cases", type=int, default=3000, help="3.14-only format cases")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--no-oracle", action="store_true", help="skip the 3.14-only cases")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    cases, frac = build_cases(rng, args.count, 0 if args.no_oracle else args.frac_cases)
    skipped = 0
    answers = oracle_answers(frac)
    if answers is None:
        skipped = len(frac)
    else:
        cases += [(req, ans) for (req, _, _), ans in zip(frac, answers)]
        print("%d cases answered by the CPython 3.14 oracle" % len(frac))
    data = "".join(req + "\n" for req, _ in cases).encode()
    res = subprocess.run([args.driver], input=data, capture_output=True)
    got = res.stdout.decode("utf-8", "replace").split("\n")
    failed = 0
    for i, (req, want) in enumerate(cases):
        have = got[i] if i < len(got) else "<no answer>"
        want = want.replace("\\", "\\\\").replace("\n", "\\n")  # as the driver escapes
        if have != want:
            failed += 1
            if failed <= 30:
                print("FAIL %r\n  want %r\n  have %r" % (req[:300], want[:300], have[:300]))
    print("seed %d" % seed)
    line = "%d passed, %d failed" % (len(cases) - failed, failed)
    print(line + (", %d skipped" % skipped if skipped else ""))
    return 1 if failed or res.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
