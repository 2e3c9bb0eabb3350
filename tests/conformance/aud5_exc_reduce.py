# BaseException.__reduce__ (type, args[, __dict__]) — OSError's args as its constructor took
# them — and __setstate__, which sets a dict state's items as attributes
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ValueError("x", 1).__reduce__())
attempt(lambda: KeyError().__reduce__())
e = RuntimeError("r")
e.extra = 5
attempt(lambda: e.__reduce__())
attempt(lambda: OSError(5, "No such file", "a.txt").__reduce__())
attempt(lambda: OSError(5, "No such file", "a.txt", None, "b.txt").__reduce__())
attempt(lambda: OSError(5, "x").__reduce__())
attempt(lambda: OSError("plain").__reduce__())
attempt(lambda: FileNotFoundError(2, "gone", "f").__reduce__())
attempt(lambda: SyntaxError("m", ("f.py", 1, 2, "x")).__reduce__())
attempt(lambda: ExceptionGroup("g", [ValueError(1)]).__reduce__()[1])
attempt(lambda: ValueError().__reduce__(1))

class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

attempt(lambda: MyErr(3).__reduce__())

cls, args, *rest = OSError(5, "io", "p", None, "q").__reduce__()
rebuilt = cls(*args)
print(rebuilt, rebuilt.filename2)

s = ValueError("s")
print(s.__setstate__({"a": 1, "b": [2]}), s.a, s.b, s.__dict__)
print(s.__setstate__(None))
attempt(lambda: s.__setstate__([1]))
attempt(lambda: s.__setstate__({1: 2}))
attempt(lambda: s.__setstate__())
o = OSError(1, "x")
o.__setstate__({"filename": "set.txt"})
print(o, o.filename)
attempt(lambda: StopIteration((1,)).__reduce__())
attempt(lambda: SystemExit(1, 2).__reduce__())
attempt(lambda: str(ExceptionGroup("eg", [OSError(5, "x", "f")])))
