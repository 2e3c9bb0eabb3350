# Regenerates tests/unit/test_mod_math_table.h: each call below is evaluated by CPython 3.14 and
# becomes a row {function, a, b, c, expected} that test_mod_math.c runs through moat's math
# module. Operands are literals the C harness reads (test_obj_num.h's num_literal, plus [..]
# lists and (..) tuples of them); a function written "name:kw" passes its last operand as the
# keyword kw. Inputs are chosen where CPython's libm and glibc agree to the last bit (Pyodide's
# musl differs from glibc by an ulp on some transcendental functions).
# Run it under CPython 3.14, e.g. the Pyodide oracle:
#   node -e 'import("pyodide").then(async ({loadPyodide}) => { const py = await loadPyodide();
#     py.FS.mkdirTree("/out"); py.FS.mount(py.FS.filesystems.NODEFS, {root: "tests/unit"}, "/out");
#     py.runPython(require("fs").readFileSync("tests/unit/test_mod_math_gen.py", "utf8")); })'
import math

NAN, INF = float("nan"), float("inf")
BIG = 2**100
HUGE = 10**400

CASES = {
    "one_float": [
        ("sqrt", 2), ("sqrt", 4), ("sqrt", -1), ("sqrt", -0.0), ("sqrt", INF), ("sqrt", -INF),
        ("sqrt", NAN), ("sqrt", HUGE), ("sqrt", BIG), ("sqrt", True), ("sqrt", "x"),
        ("sqrt", None), ("acos", 2), ("acos", 1), ("acos", -1.5), ("asin", 2.0),
        ("asin", 0), ("acosh", 0.5), ("acosh", 1), ("asinh", 0.0), ("atan", INF),
        ("atanh", 1), ("atanh", -1.0), ("atanh", 0.5), ("atanh", -0.0), ("cos", INF),
        ("cos", 0), ("sin", -INF), ("sin", 0.0), ("tan", INF), ("tan", -0.0),
        ("cosh", 1000), ("cosh", 0), ("sinh", -1000), ("tanh", 1000), ("tanh", -INF),
        ("exp", 1000), ("exp", -1000), ("exp", 0), ("exp", NAN), ("exp", -INF),
        ("exp2", 1024), ("exp2", 10), ("exp2", -1080), ("expm1", 1000), ("expm1", 0.0),
        ("expm1", -1000), ("fabs", -0.0), ("fabs", -INF), ("fabs", True), ("fabs", -BIG),
        ("cbrt", -8), ("cbrt", 64.0), ("cbrt", -INF), ("log1p", -1), ("log1p", -0.0),
        ("log1p", -2), ("log1p", INF), ("erf", 0), ("erf", INF), ("erf", -INF), ("erf", NAN),
        ("erfc", -INF), ("erfc", 30), ("degrees", math.pi), ("degrees", 1e308),
        ("radians", 180), ("radians", 1e308), ("fabs", HUGE), ("exp", "1"),
    ],
    "gamma": [
        ("gamma", 0.5), ("gamma", -0.5), ("gamma", 1), ("gamma", 5), ("gamma", 23), ("gamma", 24),
        ("gamma", 171.5), ("gamma", 172), ("gamma", -171.5), ("gamma", 200.5),
        ("gamma", -200.5), ("gamma", 1e-30), ("gamma", -1e-30), ("gamma", 1e-320),
        ("gamma", -1e-320), ("gamma", 0), ("gamma", -0.0), ("gamma", -1), ("gamma", -2.0),
        ("gamma", INF), ("gamma", -INF), ("gamma", NAN), ("gamma", 3.7), ("gamma", 141.5),
        ("gamma", -141.5), ("gamma", -2.5), ("lgamma", 0.5), ("lgamma", 1), ("lgamma", 2),
        ("lgamma", 3), ("lgamma", -0.5), ("lgamma", -2.5), ("lgamma", 0), ("lgamma", -3),
        ("lgamma", 1e-30), ("lgamma", -1e-30), ("lgamma", 1e308), ("lgamma", -1e308),
        ("lgamma", INF), ("lgamma", -INF), ("lgamma", NAN), ("lgamma", 2.5e305),
    ],
    "log": [
        ("log", 1), ("log", 0), ("log", -1), ("log", 0.0), ("log", -0.0), ("log", -1.5),
        ("log", INF), ("log", -INF), ("log", NAN), ("log", True), ("log", False),
        ("log", 2**1000), ("log", 2**1100), ("log", -HUGE), ("log", HUGE), ("log", 5e-324),
        ("log", 8, 2), ("log", 100, 10), ("log", 1000, 10), ("log", HUGE, 10), ("log", 8, 1),
        ("log", 8, 0), ("log", 8, -1.0), ("log", 1, 1), ("log", "a"), ("log", 8, "a"),
        ("log", 2, INF), ("log", INF, 2), ("log", HUGE, 2**2000), ("log", HUGE, 0.5),
        ("log2", 1024), ("log2", 2**3000), ("log2", 0), ("log2", -0.5), ("log2", 0.125),
        ("log10", 1000), ("log10", HUGE), ("log10", 10**-300), ("log10", 0.0),
        ("log10", -HUGE), ("log2", 3 * 2**2000),
    ],
    "two_floats": [
        ("atan2", 1, 0), ("atan2", 0.0, -0.0), ("atan2", -0.0, -0.0), ("atan2", INF, -INF),
        ("atan2", -INF, INF), ("atan2", INF, 3), ("atan2", 3, -INF), ("atan2", -3, INF),
        ("atan2", NAN, 1), ("atan2", 1, 1), ("copysign", 1, -0.0), ("copysign", NAN, -1),
        ("copysign", -3, 2), ("copysign", INF, -1), ("remainder", 5, 2), ("remainder", 7, 2),
        ("remainder", -7, 2), ("remainder", 3, -2), ("remainder", -0.0, 1), ("remainder", 1, 0),
        ("remainder", INF, 1), ("remainder", 1, INF), ("remainder", NAN, 0),
        ("remainder", 1, NAN), ("remainder", 10.5, 3), ("fmod", -7, 3), ("fmod", 7, -3),
        ("fmod", 1, 0), ("fmod", 1, -0.0), ("fmod", INF, 1), ("fmod", 1, INF), ("fmod", -0.0, 1),
        ("fmod", NAN, 0), ("fmod", 5.5, 2), ("pow", 2, 0.5), ("pow", 2, 10), ("pow", 0, -1),
        ("pow", 0.0, -1.5), ("pow", -1, 0.5), ("pow", 10, 400), ("pow", NAN, 0),
        ("pow", 1, NAN), ("pow", -2, INF), ("pow", 0, -INF), ("pow", 0.5, INF),
        ("pow", 0.5, -INF), ("pow", -INF, 3), ("pow", -INF, -3), ("pow", -INF, 2),
        ("pow", INF, 0), ("pow", -1, INF), ("pow", 2, -1080), ("pow", -8, 1 / 3),
        ("pow", "a", 1), ("pow", 1, "a"), ("fma", 1, 2, 3), ("fma", 1e308, 10, 1),
        ("fma", INF, 0, 1), ("fma", INF, 1, -INF), ("fma", NAN, 1, 1), ("fma", 0.1, 10, -1),
        ("fma", INF, 1, 1),
    ],
    "float_parts": [
        ("ldexp", 1, 10), ("ldexp", 1.5, 2000), ("ldexp", 1.5, -2000), ("ldexp", 1.5, HUGE),
        ("ldexp", 1.5, -HUGE), ("ldexp", 0.0, HUGE), ("ldexp", -0.0, 5), ("ldexp", INF, -5),
        ("ldexp", NAN, 5), ("ldexp", 1, -1074), ("ldexp", 1, -1075), ("ldexp", -1, 1024),
        ("ldexp", 1e-320, 1100), ("ldexp", 1, True), ("ldexp", 1, 2.0), ("ldexp", 1, "a"),
        ("ldexp", "a", 1), ("frexp", 0), ("frexp", -0.0), ("frexp", 1e-320), ("frexp", INF),
        ("frexp", NAN), ("frexp", -5.5), ("frexp", 1), ("frexp", BIG), ("modf", 1.5),
        ("modf", -1.5), ("modf", -INF), ("modf", NAN), ("modf", 5), ("modf", -0.0),
        ("modf", 1e300), ("ceil", 2.1), ("ceil", -2.5), ("ceil", 2.0), ("ceil", True),
        ("ceil", BIG), ("ceil", -0.5), ("ceil", 1e300), ("ceil", INF), ("ceil", NAN),
        ("ceil", "a"), ("floor", -2.5), ("floor", 1.5), ("floor", -0.0), ("floor", 1e20),
        ("floor", -INF), ("floor", None), ("floor", -BIG), ("trunc", -2.5), ("trunc", 3.9),
        ("trunc", True), ("trunc", BIG), ("trunc", 1e20), ("trunc", NAN), ("trunc", "x"),
        ("trunc", None), ("ulp", 1), ("ulp", 0), ("ulp", -5), ("ulp", INF), ("ulp", NAN),
        ("ulp", 1e308), ("ulp", 1.7976931348623157e308), ("ulp", 5e-324), ("ulp", "a"),
        ("isfinite", 1), ("isfinite", INF), ("isfinite", NAN), ("isfinite", HUGE),
        ("isinf", -INF), ("isinf", 1e308), ("isnan", NAN), ("isnan", 0), ("isnan", "x"),
    ],
    "isclose": [
        ("isclose", 1, 1.0000000001), ("isclose", 1, 1.1), ("isclose:rel_tol", 1, 1.1, 0.2),
        ("isclose:rel_tol", 1, 1.1, -1), ("isclose:abs_tol", 1, 1.1, -1),
        ("isclose:abs_tol", 0, 1e-10, 1e-9), ("isclose", INF, INF), ("isclose", INF, -INF),
        ("isclose", NAN, NAN), ("isclose", 0.0, -0.0), ("isclose", 10**400, 1),
        ("isclose", True, 1), ("isclose", 1, "a"), ("isclose:rel_tol", 1, 2, "a"),
        ("isclose:abs_tol", 1, 2, None), ("isclose:b", 1, 2), ("isclose:a", 1, 1),
        ("isclose:foo", 1, 2, 3), ("isclose", 1), ("isclose", 1, 2, 3),
    ],
    "nextafter": [
        ("nextafter", 1, 2), ("nextafter", 1, 0), ("nextafter", INF, 0), ("nextafter", 0.0, 1),
        ("nextafter", -0.0, 1), ("nextafter", 0.0, -0.0), ("nextafter", NAN, 1),
        ("nextafter", 1, NAN), ("nextafter", True, 2), ("nextafter:steps", 1, 2, 3),
        ("nextafter:steps", 1, 2, 0), ("nextafter:steps", 1, 2, -1),
        ("nextafter:steps", 1, 2, 1.5), ("nextafter:steps", 1, 2, None),
        ("nextafter:steps", 0.0, -1, 5), ("nextafter:steps", 1, 2, 10**30),
        ("nextafter:steps", 5e-324, -1, 3), ("nextafter:steps", 1.0, 1.0, 4),
        ("nextafter:steps", -1.0, 1.0, 2**64), ("nextafter:steps", 1e308, INF, 10**20),
        ("nextafter:steps", -5e-324, 5e-324, 1), ("nextafter:steps", -5e-324, 5e-324, 2),
        ("nextafter:steps", -5e-324, 1, 1), ("nextafter:steps", 1, 2, True),
        ("nextafter:y", 1, 2), ("nextafter", 1), ("nextafter", 1, 2, 3),
        ("nextafter:foo", 1, 2, 3),
    ],
    "sequences": [
        ("hypot",), ("hypot", 3, 4), ("hypot", 3), ("hypot", -3), ("hypot", 3, 4, 12),
        ("hypot", 1e308, 1e308), ("hypot", INF, NAN), ("hypot", NAN, 1), ("hypot", 1e-320, 1e-320),
        ("hypot", 1e-310, 1e-310, 1e-310), ("hypot", True, 0), ("hypot", -0.0, 0.0),
        ("hypot", 1, "a"), ("hypot", HUGE), ("hypot:x", 1), ("dist", [1, 2], [4, 6]),
        ("dist", (1.5,), (2,)), ("dist", (), ()), ("dist", (INF,), (INF,)), ("dist", [1, 2], [1]),
        ("dist", 1, 2), ("dist", [1], 2), ("dist", [1, "a"], [1, 2]), ("dist", [HUGE], [1]),
        ("dist", "ab", "cd"), ("dist", [1]), ("dist", [1, 2, 3], (4, 5, 6)),
        ("fsum", []), ("fsum", [0.1] * 10), ("fsum", [1e308, 1e308]), ("fsum", [INF, -INF]),
        ("fsum", [INF, 1]), ("fsum", [NAN, 1]), ("fsum", ["a"]), ("fsum", 3), ("fsum", [HUGE]),
        ("fsum", [1, 2**53, -1]), ("fsum", [-0.0]), ("fsum", [1e-16, 1, 1e16]),
        ("fsum", [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
        ("fsum", [2.0**53, -0.5, -2.0**-54]), ("fsum", [True, 2]), ("fsum", [INF, NAN]),
        ("fsum", [-INF, -INF]), ("fsum", [NAN, INF, -INF]),
        ("fsum", [1.7976931348623157e308, -1.7976931348623157e308, 1]),
        ("prod", []), ("prod", [1, 2, 3]), ("prod", [1.5, 2]), ("prod:start", [1, 2], 2),
        ("prod", [1, 2], 2), ("prod", 3), ("prod", ["a", 2]), ("prod", [2, "a"]),
        ("prod:start", [], "x"), ("prod:start", [[1]], 3), ("prod", [2**62, 4]),
        ("prod", [True, True]), ("prod", [1.5, HUGE]), ("prod:start", [2, 0.5], 1.0),
        ("prod:start", [True], True), ("prod",), ("prod:iterable", [1]), ("prod:foo", [1], 1),
        ("sumprod", [1, 2], [3, 4]), ("sumprod", [1, 2], [3]), ("sumprod", [1.5, 2], [3, 4]),
        ("sumprod", [], []), ("sumprod", ["a"], [2]), ("sumprod", [[1]], [2]),
        ("sumprod", 1, 2), ("sumprod", [1]), ("sumprod", [0.1] * 10, [0.1] * 10),
        ("sumprod", [1, 2.5], [1, 1]), ("sumprod", [1e308, 1e308], [10, -10]),
        ("sumprod", [True, False], [1.5, 2.5]), ("sumprod", [10**30], [2]),
        ("sumprod", [0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), ("sumprod", [1.5, INF], [2, 1]),
        ("sumprod", [INF], [0.0]), ("sumprod", [True, True], [True, False]),
        ("sumprod", [1.5], [HUGE]), ("sumprod", [1, "a"], [1, 2]),
        ("sumprod", [1, 2, 3], [1.5, 2.5, 0.1]), ("sumprod", [0.1, 1, 2], [3, 0.5, 0.25]),
    ],
    "integers": [
        ("factorial", 0), ("factorial", 5), ("factorial", 20), ("factorial", 21),
        ("factorial", 30), ("factorial", True), ("factorial", 5.0), ("factorial", -1),
        ("factorial", "a"), ("factorial", -HUGE), ("factorial", 100), ("factorial",),
        ("factorial:n", 3), ("comb", 5, 2), ("comb", 5), ("comb", -1, 2), ("comb", 5, -2),
        ("comb", 2, 5), ("comb", 5.0, 2), ("comb", 5, 2.0), ("comb", 10**30, 2),
        ("comb", 10**30, 10**25), ("comb", 10**20, 10**20 - 2), ("comb", 10**30, 10**30),
        ("comb", 10**30, 10**30 + 1), ("comb", True, True), ("comb", 50, 25), ("comb", 6, "a"),
        ("comb", 1000, 3), ("comb", 100, 50), ("perm", 5), ("perm", 5, 2), ("perm", 5, None),
        ("perm", -1), ("perm", 5, -1), ("perm", -5, 1), ("perm", 2, 5), ("perm", 10**20, 3),
        ("perm", 5, 10**30), ("perm", 10**30, 10**25), ("perm", 10**30, 0), ("perm", True),
        ("perm", 20, 10), ("perm", "a"), ("perm", 5, "a"), ("perm",), ("perm", 1, 2, 3),
        ("gcd",), ("gcd", 0), ("gcd", -4), ("gcd", 12, 18), ("gcd", 12, 18, 8),
        ("gcd", 1.0, 2), ("gcd", 12, "a"), ("gcd", -12, -18), ("gcd", BIG, 2**80 * 3),
        ("gcd", True, 4), ("gcd", 2**200, 0), ("gcd", 0, 0), ("gcd", 0, -7),
        ("gcd", -2**63, 2**62), ("gcd", -2**63, -2**63), ("gcd", 2**64 + 1, 2**32 + 1),
        ("gcd:a", 1), ("lcm",), ("lcm", 0), ("lcm", -4), ("lcm", 4, 6), ("lcm", 4, 6, 10),
        ("lcm", 0, "a"), ("lcm", 0, 1.5), ("lcm", -4, 6), ("lcm", 2**70, 3),
        ("lcm", 2**64, 2**64 + 1), ("lcm", 0, 0), ("lcm", 3, 0, 5), ("lcm", -7),
        ("lcm", 2**62, 3), ("lcm", 2**40, 2**40 + 1), ("isqrt", -1), ("isqrt", 0),
        ("isqrt", 15), ("isqrt", 16), ("isqrt", 10**40), ("isqrt", 1.0), ("isqrt", True),
        ("isqrt", -HUGE), ("isqrt", 2**64 - 1), ("isqrt", 2**63 - 1), ("isqrt", 2**200),
        ("isqrt", "a"), ("isqrt",),
    ],
    "arity": [
        ("sqrt",), ("sqrt", 1, 2), ("sqrt:x", 1), ("atan2", 1), ("atan2", 1, 2, 3),
        ("atan2:x", 1, 2), ("copysign", 1), ("remainder", 1), ("fmod", 1), ("pow", 2, 3, 4),
        ("log",), ("log", 1, 2, 3), ("log:base", 8, 2), ("ldexp", 1), ("ldexp:i", 1, 2),
        ("frexp",), ("fsum", [], []), ("fsum:x", []), ("ceil", 1, 2), ("floor",),
        ("trunc", 1, 2), ("fma", 1, 2), ("ulp",), ("dist:q", [1], [2]), ("sumprod", [1], [2], [3]),
        ("isqrt", 1, 2), ("factorial", 1, 2), ("gamma",), ("lgamma", 1, 2), ("isfinite",),
    ],
}


def literal(x):
    if isinstance(x, bool) or x is None:
        return repr(x)
    if isinstance(x, int):
        return hex(x) if x.bit_length() > 13000 else str(x)
    if isinstance(x, float):
        return repr(x)
    if isinstance(x, str):
        return "'" + x + "'"
    if isinstance(x, list):
        return "[" + ", ".join(literal(v) for v in x) + "]"
    if isinstance(x, tuple):
        return "(" + ", ".join(literal(v) for v in x) + ("," if len(x) == 1 else "") + ")"
    raise TypeError(x)


def run(name, args):
    fname, _, kw = name.partition(":")
    f = getattr(math, fname)
    try:
        if kw:
            result = f(*args[:-1], **{kw: args[-1]})
        else:
            result = f(*args)
        return repr(result)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    out = ["// Generated by test_mod_math_gen.py from CPython 3.14; do not edit.",
           "// Rows: {function, a, b, c, expected repr or 'Error: message'}."]
    for table, rows in CASES.items():
        out.append("static const NumCase %s_cases[] = {" % table)
        for row in rows:
            name, args = row[0], row[1:]
            ops = [literal(a) for a in args] + [""] * (3 - len(args))
            fields = [name] + ops + [run(name, args)]
            out.append("    {" + ", ".join(c_string(f) for f in fields) + "},")
        out.append("};")
    with open("/out/test_mod_math_table.h", "w") as f:
        f.write("\n".join(out) + "\n")


main()
