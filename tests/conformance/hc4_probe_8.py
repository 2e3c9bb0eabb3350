excs = [
    OSError(9999, "No such file", "a.txt"), OSError(9999, "x", "a", None, "b"), OSError("only"), OSError(),
    KeyError("k"), KeyError(), KeyError(1, 2), IndexError("list index out of range"),
    StopIteration(5), StopIteration(), SystemExit(3), SystemExit(), SystemExit("msg"),
    UnicodeDecodeError("utf-8", b"\xff\xfe", 1, 2, "bad"), UnicodeEncodeError("ascii", "é", 0, 1, "nope"),
    ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [KeyError(2)])]),
    BaseExceptionGroup("b", [KeyboardInterrupt()]), AttributeError("x", name="y", obj=None),
    NameError("n", name="q"), ImportError("imp", name="m", path="p"), ModuleNotFoundError("No module named 'x'", name="x"),
    SyntaxError("invalid syntax", ("f.py", 1, 2, "x = = 1", 1, 4)), StopAsyncIteration("s"),
    TimeoutError(), ConnectionError(9997, "reset"), RecursionError("deep"), AssertionError(),
    AssertionError(("tuple", 1)), ValueError(None), ValueError([1]), Exception("a", "b"),
]
for e in excs:
    print(type(e).__name__, "|", repr(e), "|", str(e), "|", e.args)
e = OSError(9998, "Permission denied", "/etc/x")
print(e.errno, e.strerror, e.filename, e.filename2)
s = SystemExit(4)
print(s.code, StopIteration(9).value, KeyError("z").args[0])
e = ValueError("orig")
e.args = ("changed", 2)
print(str(e), repr(e))
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
print(repr(ExceptionGroup("x", (TypeError(),))), ExceptionGroup("x", [TypeError()]).exceptions)
