#!/usr/bin/env python3
"""Differential fuzzing of moat's json module against CPython 3.14 (standard library only).

Generates random JSON-able values with random json.dumps options, and random (mostly broken)
JSON documents for json.loads, writes them all into ONE script, runs that script once under
`moat run --json` and once under the oracle (tests/oracle/oracle.mjs, Pyodide's CPython 3.14),
and compares the printed lines. Each case prints one line: its index, then the result repr or
the exception's type, message, JSONDecodeError fields and notes.

    python3 tests/json/fuzz_compare.py --moat build/moat [--seed N] [--count N] [--keep DIR]

Exit status 0 when every line agrees, 1 otherwise (the first differences are printed).
"""

import argparse
import base64
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ORACLE = os.path.join(ROOT, "tests", "oracle", "oracle.mjs")

# ---------------------------------------------------------------- values

INTS = [0, 1, -1, 7, 42, -300, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -10**30]
FLOATS = [0.0, -0.0, 1.0, 0.1, -2.5, 1e16, 1e-7, 1e22, 1.5e300, 5e-324, 2.0**-1074, 123456789.123,
          1e100, 0.30000000000000004, float("inf"), float("-inf"), float("nan")]
CHARS = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\r', '\b', '\f', '\x00', '\x1f', '\x7f',
         '\x80', '\u00e9', '\u2028', '\uffff', '\U0001f600', '\U0010ffff', '\ud800', '\udc00',
         '{', '}', '[', ']', ',', ':', '0', 'e']


def rand_str(rng):
    n = rng.choice([0, 1, 2, 3, 5, 8])
    return "".join(rng.choice(CHARS) if rng.random() < 0.5 else rng.choice("abcxyz ")
                   for _ in range(n))


def rand_scalar(rng):
    k = rng.randrange(7)
    if k == 0:
        return None
    if k == 1:
        return rng.random() < 0.5
    if k == 2:
        return rng.choice(INTS) if rng.random() < 0.5 else rng.randrange(-1000, 1000)
    if k == 3:
        return rng.choice(FLOATS) if rng.random() < 0.5 else rng.uniform(-1e6, 1e6)
    if k == 4 and rng.random() < 0.15:
        return rng.choice([b"ab", frozenset([3]), range(2)])  # for default= and its errors
    return rand_str(rng)


def rand_key(rng, odd_keys):
    k = rng.randrange(10)
    if k < 6:
        return rand_str(rng)
    if k == 6:
        return rng.randrange(-5, 50)
    if k == 7:
        return rng.choice([1.5, -0.0, 2.0, float("inf"), float("-inf")])  # NaN keys: see dict
    if k == 8:
        return rng.choice([True, False, None])
    return (1, 2) if odd_keys else "t"


def rand_value(rng, depth, odd_keys):
    if depth <= 0 or rng.random() < 0.35:
        return rand_scalar(rng)
    k = rng.randrange(3)
    n = rng.choice([0, 1, 2, 3, 4])
    if k == 0:
        return [rand_value(rng, depth - 1, odd_keys) for _ in range(n)]
    if k == 1:
        return tuple(rand_value(rng, depth - 1, odd_keys) for _ in range(n))
    return {rand_key(rng, odd_keys): rand_value(rng, depth - 1, odd_keys) for _ in range(n)}


def src(v):
    """Python source for v that both interpreters read back as v."""
    if isinstance(v, float):
        if v != v:
            return "float('nan')"
        if v in (float("inf"), float("-inf")):
            return "float('%s')" % v
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(src(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "(" + "".join(src(x) + ", " for x in v) + ")"
    if isinstance(v, frozenset):
        return "{%s}" % ", ".join(src(x) for x in v)
    if isinstance(v, dict):
        return "{" + ", ".join(src(k) + ": " + src(x) for k, x in v.items()) + "}"
    return repr(v)


def rand_options(rng):
    opts = {}
    for name in ("skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys"):
        if rng.random() < 0.3:
            opts[name] = rng.random() < 0.5
    if rng.random() < 0.35:
        opts["indent"] = rng.choice([None, 0, 1, 2, 4, "\t", "", "--", -1])
    if rng.random() < 0.25:
        opts["separators"] = rng.choice([(",", ":"), (", ", ": "), ("|", "="), ("", "")])
    if rng.random() < 0.1:
        opts["default"] = "DEFAULT"
    return opts


def opts_src(opts):
    parts = []
    for k, v in opts.items():
        parts.append("%s=%s" % (k, "repr" if v == "DEFAULT" else src(v)))
    return ", ".join(parts)


# ---------------------------------------------------------------- documents

MUTATION_CHARS = list('{}[],:"\\ntfu0-.eE+1 \t\n\r') + ['\x00', '\x1f', '\u00e9', '\ud800',
                                                       'NaN', 'Infinity', '\\u', '\\ud800']


def mutate(rng, text):
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        if not text:
            text = rng.choice(MUTATION_CHARS)
            continue
        i = rng.randrange(len(text) + 1)
        k = rng.randrange(4)
        if k == 0:
            text = text[:i] + rng.choice(MUTATION_CHARS) + text[i:]
        elif k == 1 and i < len(text):
            text = text[:i] + text[i + 1:]
        elif k == 2 and i < len(text):
            text = text[:i] + rng.choice(MUTATION_CHARS) + text[i + 1:]
        else:
            text = text[:i]
    return text


def rand_document(rng):
    v = rand_value(rng, 4, False)
    kw = {}
    if rng.random() < 0.3:
        kw["indent"] = rng.choice([0, 2, "\t"])
    if rng.random() < 0.3:
        kw["ensure_ascii"] = False
    try:
        text = json.dumps(v, **kw)
    except (TypeError, ValueError):
        text = "[1, 2]"
    if rng.random() < 0.3:
        text = " \t\n" + text + rng.choice(["", " ", "\n", " x", "  ,"])
    return mutate(rng, text) if rng.random() < 0.75 else text


LOADS_HOOKS = [
    "",
    "parse_float=lambda s: ('F', s)",
    "parse_int=lambda s: ('I', s)",
    "parse_constant=lambda s: ('C', s)",
    "object_hook=lambda d: ('O', sorted(d.items(), key=repr))",
    "object_pairs_hook=lambda p: ('P', p)",
    "strict=False",
]

# ---------------------------------------------------------------- the script

PROLOGUE = '''import json

def show(i, f):
    try:
        print(i, repr(f()))
    except Exception as e:
        extra = ""
        if isinstance(e, json.JSONDecodeError):
            extra = " %r %r %r %r" % (e.msg, e.pos, e.lineno, e.colno)
        print(i, type(e).__name__, repr(str(e)) + extra, getattr(e, "__notes__", None))

'''


def build_script(seed, count):
    rng = random.Random(seed)
    lines = [PROLOGUE]
    for i in range(count):
        if rng.random() < 0.55:
            v = rand_value(rng, 4, rng.random() < 0.2)
            opts = rand_options(rng)
            lines.append("show(%d, lambda: json.dumps(%s%s))" %
                         (i, src(v), ", " + opts_src(opts) if opts else ""))
        else:
            doc = rand_document(rng)
            hook = rng.choice(LOADS_HOOKS) if rng.random() < 0.3 else ""
            arg = repr(doc)
            if rng.random() < 0.1:
                arg = "%s.encode('utf-8', 'surrogatepass')" % arg
            lines.append("show(%d, lambda: json.loads(%s%s))" % (i, arg, ", " + hook if hook else ""))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- running


def run_oracle(source):
    case = {"name": "fuzz", "mode": "run", "filename": "main.py",
            "source_b64": base64.b64encode(source.encode("utf-8", "surrogatepass")).decode()}
    p = subprocess.run(["node", ORACLE, "-", "--timeout", "600"], input=json.dumps([case]),
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("oracle failed: %s" % p.stderr[-2000:])
    res = json.loads(p.stdout)[0]
    if res.get("oracle_error") or res.get("status") != "ok":
        sys.exit("oracle did not run the script: %r" % (res.get("oracle_error") or res.get("exception")))
    return res["stdout"]


def run_moat(moat, path):
    p = subprocess.run([moat, "run", path, "--json"], capture_output=True)
    lines = p.stdout.decode("utf-8", "surrogatepass").strip().splitlines()
    if not lines:
        sys.exit("moat printed nothing (exit %d): %s" % (p.returncode, p.stderr[-2000:]))
    res = json.loads(lines[-1])
    if res.get("status") != "ok":
        sys.exit("moat did not run the script: %r" % res.get("exception"))
    return res["stdout"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--moat", default=os.path.join(ROOT, "build", "moat"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--keep", help="directory to keep the script and both outputs in")
    ap.add_argument("--show", type=int, default=10, help="differences to print")
    args = ap.parse_args()

    source = build_script(args.seed, args.count)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(args.keep or tmp, "json_fuzz_%d.py" % args.seed)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write(source)
        want = run_oracle(source)
        got = run_moat(args.moat, path)
        if args.keep:
            for name, text in (("cpython", want), ("moat", got)):
                with open(path + "." + name + ".txt", "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(text)

    want_lines, got_lines = want.splitlines(), got.splitlines()
    diffs = [(w, g) for w, g in zip(want_lines, got_lines) if w != g]
    if len(want_lines) != len(got_lines):
        diffs.append(("%d lines" % len(want_lines), "%d lines" % len(got_lines)))
    for w, g in diffs[:args.show]:
        print("CPython: %s\nmoat:    %s\n" % (w, g))
    print("%d cases, %d lines compared, %d differ" % (args.count, len(want_lines), len(diffs)))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
