# Regenerates tests/unit/test_obj_int_table.h and test_obj_float_table.h: each case below is evaluated by CPython 3.14 and
# becomes a row {op, a, b, c, expected} of the table test_obj_int.c and test_obj_float.c run
# through moat. Operands are written as literals the C harness reads (num_literal there):
# ints in decimal (hex past 4000 digits), floats as repr, 'str' and b'bytes' without escapes.
# Hashes are computed with the 64-bit formula of CPython's docs, since the oracle is 32-bit.
# Run it under CPython 3.14, e.g. the Pyodide oracle:
#   node -e 'import("pyodide").then(async ({loadPyodide}) => { const py = await loadPyodide();
#     py.FS.mkdirTree("/out"); py.FS.mount(py.FS.filesystems.NODEFS, {root: "tests/unit"}, "/out");
#     py.runPython(require("fs").readFileSync("tests/unit/test_obj_num_gen.py", "utf8")); })'
import math
import operator

NAN, INF = float("nan"), float("inf")
BIG = 2**100
NO = object()  # an absent operand

BINARY = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
    ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor,
    "@": operator.matmul, "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge, "divmod": divmod,
}
UNARY = {"neg": operator.neg, "pos": operator.pos, "inv": operator.invert, "abs": abs}


def hash64(x):
    """CPython's numeric hash on 64-bit platforms (Python docs, 'Hashing of numeric types')."""
    P = 2**61 - 1
    if x is None:
        return 0xFCA86420
    if isinstance(x, float):
        if math.isinf(x):
            return 314159 if x > 0 else -314159
        m, n = x.as_integer_ratio()
    else:
        m, n = int(x), 1
    h = abs(m) % P * pow(n, -1, P) % P
    h = -h if m < 0 else h
    return -2 if h == -1 else h


def lit(v):
    if v is NO:
        return ""
    if isinstance(v, bool) or v is None:
        return repr(v)
    if isinstance(v, int):
        if abs(v) > 10**4000:
            return ("-" if v < 0 else "") + hex(abs(v))
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):  # raw UTF-8: the harness reads up to the last quote
        assert "'" not in v and "\\" not in v, v
        return "'" + v + "'"
    if isinstance(v, bytes):
        text = repr(v)
        assert "\\" not in text and text.count("'") == 2, text
        return text
    raise ValueError(v)


def run(op, a, b, c):
    args = [x for x in (b, c) if x is not NO]
    if op in BINARY:
        return BINARY[op](a, b)
    if op in UNARY:
        return UNARY[op](a)
    if op == "hash":
        return hash64(a)
    if op == "pow":
        return pow(a, b, c)
    if op == "int":
        return int(a, *args) if args else int(a)
    if op == "float":
        return float(a)
    if op == "bool":
        return bool(a)
    if op == "round":
        return round(a, *args)
    if op == "repr":
        return repr(a)
    if op.startswith("a:"):
        return getattr(a, op[2:])
    if op.startswith("m:"):
        name = op[2:]
        if name.endswith(":signed"):
            return getattr(a, name[:-7])(*args[:-1], signed=args[-1])
        return getattr(a, name)(*args)
    if op.startswith("cm:"):
        cls, name = op[3:].split(".")
        return getattr({"int": int, "bool": bool, "float": float}[cls], name)(
            *[x for x in (a, b, c) if x is not NO])
    raise ValueError(op)


def expect(op, a, b, c):
    try:
        v = run(op, a, b, c)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return repr(v) if op != "repr" else v


def C(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


CASES = {}

CASES["int_binary"] = [
    (op, a, b) for op in ["+", "-", "*", "//", "%", "/", "&", "|", "^"]
    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (2**63 - 1, 1), (-2**63, -1), (-2**63, 1),
                 (BIG, 3), (-BIG, 3), (BIG, -3), (-BIG, -BIG // 7), (3, BIG), (-3, BIG),
                 (2**64, 2**64 - 5), (0, 5), (0, -5), (True, True), (True, False), (True, 2),
                 (5, True), (2**62, 2), (-2**62, 2**62)]
] + [
    ("*", 2**32, 2**31), ("*", -2**32, 2**31), ("*", 2**32, 2**32), ("*", -1, -2**63),
    ("//", -2**63, -1), ("%", -2**63, -1), ("*", BIG, BIG), ("-", 0, -2**63),
    ("/", 2**53, 1), ("/", 2**53 + 1, 1), ("/", 2**63, 3), ("/", 10**30, 3), ("/", -10**30, 7),
    ("/", 10**400, 10**399), ("/", 1, 10**400), ("/", -1, 10**400), ("/", 10**400, 1),
    ("/", (2**200 + 1), 2**150), ("/", 2**1100, 2**80), ("/", 2**1100, 2**75), ("/", 0, -5),
    ("/", 0, -BIG), ("/", 3**300, 7**200), ("/", -(3**300), 7**100), ("/", 1, 3**700),
    ("/", 5, 0), ("//", 5, 0), ("%", 5, 0), ("/", BIG, 0), ("//", BIG, 0), ("%", 0, 0),
    ("divmod", 7, 0), ("divmod", -7, 2), ("divmod", BIG, -7), ("divmod", 7, -BIG),
    ("**", 2, 10), ("**", 2, 62), ("**", 2, 63), ("**", -2, 63), ("**", -2, 64), ("**", 3, 40),
    ("**", 7, 0), ("**", 0, 0), ("**", -1, 2**70 + 1), ("**", -1, 2**70), ("**", 1, 2**70),
    ("**", 0, 2**70), ("**", 2, -1), ("**", -2, -1), ("**", 0, -1), ("**", 10, -400),
    ("**", BIG, -1), ("**", 10**400, -1), ("**", 2, -(10**400)), ("**", BIG, 3),
    ("**", True, 2), ("**", 2, True), ("**", -3, 3), ("**", 10, 18), ("**", 10, 19),
    ("<<", 1, 62), ("<<", 1, 63), ("<<", 1, 64), ("<<", -1, 63), ("<<", -1, 64), ("<<", 3, 100),
    ("<<", -3, 100), ("<<", 0, 2**70), ("<<", 5, 0), ("<<", 1, -1), (">>", 1, -1),
    ("<<", True, 3), (">>", 5, 1), (">>", -5, 1), (">>", -5, 100), (">>", 5, 100),
    (">>", BIG, 99), (">>", -BIG, 99), (">>", -BIG, 200), (">>", BIG, 2**70),
    (">>", -BIG, 2**70), (">>", -2**63, 63), (">>", -2**63, 64), (">>", 2**63 - 1, 62),
    ("&", -BIG, 0xFF), ("&", -BIG - 1, 0xFF), ("|", -BIG, 5), ("^", -BIG, -1),
    ("&", -BIG, -3 * BIG), ("|", BIG, -1), ("^", BIG, BIG), ("&", True, False),
    ("|", True, False), ("^", True, True), ("&", True, 3), ("|", 0, False),
    ("+", 1, 1.5), ("-", 1.5, 1), ("*", BIG, 0.5), ("/", 1, 2.0), ("+", 10**400, 1.0),
    ("*", 1.0, 10**400), ("%", 10**400, 1.0), ("+", 2**53 + 1, 0.0), ("+", True, 1.5),
    ("+", 1, "a"), ("*", BIG, "ab"), ("@", 1, 2), ("+", 1, None), ("-", None, 1),
    ("+", True, None), ("&", 1, 1.5), ("<<", 1.0, 1),
    ("pow", 3, 2**5000 + 12345, 10**50 + 7), ("pow", 7, -(2**4200 + 1), 10**40 + 3),
    ("pow", 2, 3**3000, -(2**64 + 13)), ("pow", -5, 2**4097, 2**100), ("pow", 2, 10, 1000),
    ("pow", 2, -1, 4), ("pow", 0, -1, 1), ("pow", 2, 3, 0), ("pow", 2, 3, 5.0),
    ("pow", BIG, BIG, BIG + 1), ("pow", True, 5, 3),
]

CASES["int_unary"] = [
    (op, a) for op in ["neg", "pos", "inv", "abs"]
    for a in [0, 5, -5, 2**63 - 1, -2**63, BIG, -BIG, 2**63, True, False]
] + [("neg", "a"), ("inv", 1.5), ("neg", None), ("neg", -0.0), ("pos", -0.0), ("neg", NAN)]

CASES["int_compare"] = [
    (op, a, b) for op in ["==", "!=", "<", "<=", ">", ">="]
    for a, b in [(1, 2), (2, 2), (-BIG, BIG), (BIG, BIG), (BIG, 2**63), (-2**63, -2**63 - 1),
                 (1, 1.0), (1, 1.5), (2**53 + 1, float(2**53 + 1)), (2**53, float(2**53)),
                 (10**400, INF), (-10**400, -INF), (10**400, 1e308), (5, NAN), (BIG, NAN),
                 (-5, -5.5), (2**64 + 1, 1.8446744073709552e19), (2**63, 9.223372036854776e18),
                 (-2**63, -9.223372036854776e18), (True, 1), (True, 1.0), (False, -0.0),
                 (True, 2), (2**1024, 1.7976931348623157e308)]
] + [("<", 1, "a"), ("==", 1, "1"), ("!=", 1, None), (">", None, 1), ("<", True, "x")]

CASES["num_hash"] = [
    ("hash", a) for a in [0, 1, -1, -2, 5, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**62), 2**63 - 1,
                          -2**63, 2**64, -2**64, 10**30, -10**30, BIG, True, False, None,
                          0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, -0.1, 1e30, 1e-300, 2.0**70,
                          2.0**-1074, INF, -INF, 1.7976931348623157e308, 1e100, 123.456]
]

CASES["int_construct"] = [
    ("int", a, *b) for a, b in [
        ("12", ()), (" 12 ", ()), ("1_000", ()), ("+7", ()), ("-7", ()), ("0x1f", (16,)),
        ("0x1f", (0,)), ("0X1F", (0,)), ("-0x1f", (0,)), ("0o17", (0,)), ("0O17", (8,)),
        ("0b101", (0,)), ("0B1", (2,)), ("0b1", (16,)), ("0x_1f", (0,)), ("0x_1f", (16,)),
        ("0x__1f", (0,)), ("010", (0,)), ("00", (0,)), ("0_0", (0,)), ("00_0", (0,)),
        ("0_1", (0,)), ("12", (0,)), ("_1", ()), ("1_", ()), ("1__0", ()), ("", ()),
        ("  ", ()), ("- 1", ()), ("1 2", ()), ("0x", (16,)), ("0b", (0,)), ("0x1f", (10,)),
        ("z", (36,)), ("Z", (36,)), ("zz", (35,)), ("1", (1,)), ("1", (37,)), ("1", (-1,)),
        ("1", (2**64,)), ("1", (False,)), ("1", (True,)), ("1e3", ()), ("1.5", ()),
        ("9" * 25, ()), ("-" + "9" * 25, ()), ("9223372036854775807", ()),
        ("9223372036854775808", ()), ("-9223372036854775808", ()), ("-9223372036854775809", ()),
        ("18446744073709551616", ()), ("f" * 40, (16,)), ("-" + "7" * 60, (8,)),
        ("1" * 200, (2,)), ("z" * 30, (36,)), ("1" * 4300, ()), ("1" * 4301, ()),
        ("1" * 4301, (36,)), ("1" * 4301 + "x", ()), ("a" * 300, ()), ("١٢٣", ()), ("٣", (0,)),
        ("0x٣", (0,)), ("\u3000 12 \u3000", ()), ("１２", ()), ("٣٣", (16,)), ("ÿ", ()),
        ("12", ("2",)), ("12", (None,)), ("12", (2.0,)), (3, (2,)), (2.5, (2,)), (None, ()),
        (3.9, ()), (-3.9, ()), (-0.9, ()), (1e300, ()), (-1e19, ()), (9.2e18, ()), (NAN, ()),
        (INF, ()), (-INF, ()), (True, ()), (BIG, ()), (b"12", ()), (b" 0x10 ", (0,)),
        (b"ab", (16,)), (b"1_0", ()), (b"x", ()),
    ]
]

CASES["float_construct"] = [
    ("float", a) for a in [
        "1.5", " -2.5e3 ", "1_0.5", "1__0", "nan", "-NaN", "iNf", "-inf", "infinity",
        "infinit", "abc", "", " ", ".5", "5.", "+1.5e+3", "1e500", "-1e-500", "0x10",
        "1.5 x", "١.٥", "\u2003 1.5", "a" * 300, b"1.5", b"x", 10**400, 2**53 + 1, -BIG,
        True, None, 7, -0.0,
    ]
]

CASES["float_binary"] = [
    (op, a, b) for op in ["+", "-", "*", "/", "//", "%", "divmod"]
    for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, -3.0), (-0.0, 1.0),
                 (0.0, -1.0), (-1e-300, 1.0), (INF, 3), (3, INF), (-3, INF), (-3, -INF),
                 (NAN, 1.0), (1.0, 0.0), (1.0, 0), (0, 0.0), (1e308, 10.0), (0.1, 0.2),
                 (1e16, 1.0), (2.5, True)]
] + [
    ("**", a, b) for a, b in [
        (2.0, 10), (2, 0.5), (2.0, -1), (0.0, 0), (NAN, 0), (0.0, -1), (0, -1.5), (-0.0, -1),
        (-0.0, 3), (-0.0, 2), (0.0, 2.5), (-2.0, 2), (-2.0, 3), (-2, 2.0), (-1.0, 1e300),
        (-1.0, 3e300), (1.0, NAN), (NAN, 1.0), (2.0, NAN), (0.5, INF), (2.0, INF), (0.5, -INF),
        (2.0, -INF), (-1.0, INF), (INF, -1), (INF, 2), (-INF, 3), (-INF, 2), (-INF, -3),
        (-INF, -2), (INF, 0.5), (2.0, -1074), (2.0, -1080), (10, -400), (1e-200, 2),
        (1.5, 3), (9, 0.5), (2.0, 10**400), (1.0, 10**400), (0.5, 2**64),
    ]
] + [
    ("%", 5.0, "a"), ("+", 1.5, None), ("<<", 1.5, 1), ("&", 1.5, 1), ("@", 1.5, 1.5),
    ("divmod", 1.5, "a"), ("divmod", "a", 1), ("divmod", True, 2), ("divmod", 10**30, 7),
]

CASES["float_compare"] = [
    (op, a, b) for op in ["==", "!=", "<", "<=", ">", ">="]
    for a, b in [(1.5, 1.5), (1.5, 2.5), (NAN, NAN), (NAN, 1), (0.0, -0.0), (INF, INF),
                 (INF, 10**400), (-INF, -10**400), (1e308, 10**400), (0.5, 0), (-0.5, 0),
                 (1.0, True), (2.5, BIG), (float(2**63), 2**63), (float(2**63), 2**63 - 1)]
] + [("<", 1.5, "a"), ("==", 1.5, "1.5"), (">=", 1.5, None)]

CASES["num_round"] = [
    ("round", a, *b) for a, b in [
        (2.5, ()), (3.5, ()), (-0.5, ()), (-1.5, ()), (0.49999999999999994, ()), (1e300, ()),
        (-2.5, ()), (NAN, ()), (INF, ()), (-INF, ()), (2.675, (2,)), (2.5, (0,)), (1e300, (-300,)),
        (1.5, (2**70,)), (1.5, (-2**70,)), (-1.5, (-2**70,)), (1.23, (None,)), (1.0, (400,)),
        (1e300, (-400,)), (NAN, (2,)), (INF, (2,)), (1.5, (1.5,)), (1.5, ("1",)), (1.5, (True,)),
        (1e308, (-308,)), (1.7976931348623157e308, (-308,)), (5, ()), (5, (None,)),
        (1234, (-2,)), (1250, (-2,)), (1350, (-2,)), (-1250, (-2,)), (-1350, (-2,)), (15, (-1,)),
        (25, (-1,)), (5, (-1,)), (-5, (-1,)), (5, (2,)), (5, (1.5,)), (2**70, (-1,)),
        (10**30 + 5, (-1,)), (10**30 + 15, (-1,)), (-(10**30) - 5, (-1,)), (123, (2**70,)),
        (True, ()), (True, (-1,)), (99, (-2,)), (-99, (-2,)), (BIG, (-30,)), (5, (-300,)),
        (2**63 - 1, (-1,)),
    ]
]

CASES["int_methods"] = [
    ("m:bit_length", a) for a in [0, 5, -5, 255, -256, 2**63 - 1, -2**63, BIG, -BIG, True]
] + [
    ("m:bit_count", a) for a in [0, 255, -1, -255, BIG - 1, -(BIG - 1), -2**63, False]
] + [
    (m, a) for m in ["m:as_integer_ratio", "m:conjugate", "m:is_integer", "m:__index__",
                     "m:__trunc__", "m:__floor__", "m:__ceil__", "m:__round__", "a:real",
                     "a:imag", "a:numerator", "a:denominator"]
    for a in [7, -BIG, True]
] + [
    ("m:__round__", 1234, -2), ("m:__round__", 1234, 1.5), ("m:bit_length", 5, 1),
    ("m:as_integer_ratio", 5, 1), ("m:__round__", 1234, -2, 3), ("m:to_bytes", 5),
    ("m:to_bytes", 5, 2), ("m:to_bytes", 5, 2, "little"), ("m:to_bytes", 256),
    ("m:to_bytes", -1, 1), ("m:to_bytes:signed", -1, 1, True), ("m:to_bytes:signed", -128, 1, True),
    ("m:to_bytes:signed", -129, 1, True), ("m:to_bytes:signed", 128, 1, True),
    ("m:to_bytes:signed", 127, 1, True), ("m:to_bytes:signed", -BIG, 13, True),
    ("m:to_bytes:signed", -BIG, 14, True), ("m:to_bytes:signed", BIG - 1, 13, True),
    ("m:to_bytes", BIG, 13), ("m:to_bytes", BIG, 12), ("m:to_bytes", BIG, 14, "little"),
    ("m:to_bytes", 0, 0), ("m:to_bytes", 1, 0), ("m:to_bytes", 5, -1), ("m:to_bytes", 5, 2**70),
    ("m:to_bytes", 5, "a"), ("m:to_bytes", 5, 1, 2), ("m:to_bytes", 5, 1, "middle"),
    ("m:to_bytes:signed", 5, 1, None), ("m:to_bytes", True, 2), ("m:to_bytes", -2**63, 8),
    ("m:to_bytes:signed", -2**63, 8, True), ("m:to_bytes:signed", -2**63, 9, True),
    ("m:to_bytes", 2**64 - 1, 8, "little"),
    ("cm:int.from_bytes", b"AB"), ("cm:int.from_bytes", b"AB", "little"),
    ("cm:int.from_bytes", b""), ("cm:int.from_bytes", b"~~~~~~~~~~~~~~~~~~~~"),
    ("cm:int.from_bytes", b"ab", "mid"), ("cm:int.from_bytes", b"ab", 1),
    ("cm:int.from_bytes", "ab"), ("cm:int.from_bytes", 5), ("cm:int.from_bytes",),
    ("cm:bool.from_bytes", b"A"), ("cm:bool.from_bytes", b""),
]

CASES["float_methods"] = [
    (m, a) for m in ["m:is_integer", "m:as_integer_ratio", "m:hex", "m:conjugate", "m:__trunc__",
                     "m:__floor__", "m:__ceil__", "m:__round__", "a:real", "a:imag"]
    for a in [1.0, 1.5, -2.5, 0.1, -0.0, 5e-324, 1e300, INF, NAN]
] + [
    ("m:__round__", 2.675, 2), ("m:__round__", 2.5, None), ("m:__round__", 2.5, 1, 2),
    ("m:hex", 1.5, 1), ("m:is_integer", 1.5, 1), ("m:as_integer_ratio", 1.5, 1),
    ("cm:float.fromhex", "0x1p3"), ("cm:float.fromhex", " -0x1.8p-1 "), ("cm:float.fromhex", "inf"),
    ("cm:float.fromhex", "zz"), ("cm:float.fromhex", "0x1p99999"), ("cm:float.fromhex", 5),
    ("cm:float.fromhex",), ("cm:float.fromhex", "1", "2"), ("cm:float.from_number", 5),
    ("cm:float.from_number", True), ("cm:float.from_number", 2.5), ("cm:float.from_number", "5"),
    ("cm:float.from_number", 10**400), ("cm:float.from_number",),
]

CASES["num_repr"] = [
    ("repr", a) for a in [0, -1, 2**63 - 1, -2**63, 2**63, -BIG, 10**4299, 10**4300, True, False,
                          None, 0.1, -0.0, 1e16, 1e-5, 123456789012345678.0, NAN, -INF, 5e-324,
                          1.7976931348623157e308, 1.5, 100.0]
] + [("bool", a) for a in [0, 1, -BIG, 0.0, -0.0, NAN, None, "", "a", True]]

FILES = {
    "test_obj_int_table.h": ["int_binary", "int_unary", "int_compare", "int_construct",
                             "int_methods", "num_hash", "num_repr"],
    "test_obj_float_table.h": ["float_construct", "float_binary", "float_compare",
                               "float_methods", "num_round"],
}
for filename, names in FILES.items():
    with open("/out/" + filename, "w") as f:
        f.write("// Generated by test_obj_num_gen.py from CPython 3.14; do not edit.\n")
        f.write("// Rows: {op, a, b, c, expected repr or 'Error: message'}.\n")
        for name in names:
            f.write(f"static const NumCase {name}_cases[] = {{\n")
            for case in CASES[name]:
                op, *vals = case
                vals = (vals + [NO, NO, NO])[:3]
                row = [op] + [lit(v) for v in vals] + [expect(op, *vals)]
                f.write("    {" + ", ".join(C(x) for x in row) + "},\n")
            f.write("};\n")
