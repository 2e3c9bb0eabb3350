import operator, bisect, contextlib
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
attempt("itemgetter sort", lambda: [r["n"] for r in sorted(rows, key=operator.itemgetter("v", "n"))])
attempt("itemgetter missing", lambda: sorted(rows, key=operator.itemgetter("w")))
attempt("attrgetter", lambda: operator.attrgetter("real", "imag")(3 + 4j))
attempt("attrgetter bad", lambda: operator.attrgetter("nope")(1))
attempt("methodcaller", lambda: list(map(operator.methodcaller("upper"), ["a", "b"])))
attempt("op add", lambda: operator.add("a", 1))
attempt("op getitem", lambda: operator.getitem([1], 5))
attempt("bisect", lambda: (bisect.bisect_left([1, 3, 5], 3), bisect.bisect_right([1, 3, 5], 3)))
attempt("bisect key", lambda: bisect.bisect([{"a": 1}, {"a": 5}], 3, key=lambda d: d["a"]))
attempt("bisect unsorted", lambda: bisect.bisect([5, 1, 3], 2))
attempt("bisect bad lo", lambda: bisect.bisect([1], 1, lo=-1))
attempt("insort", lambda: (lambda l: (bisect.insort(l, 4), l)[1])([1, 3, 5]))
attempt("bisect none", lambda: bisect.bisect(None, 1))
@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print("exit", name)
with managed("a") as v:
    print("body", v)
with managed("b"):
    {}["missing"]
try:
    with managed("c"):
        raise ValueError("boom")
except ValueError as e:
    print("outer", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(managed(n))
    print("in stack")
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
with two_yields() as x:
    print("x", x)
