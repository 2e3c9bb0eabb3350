e0 = ValueError()
e1 = ValueError("one")
e2 = ValueError("one", 2)
e3 = KeyError("k")
e4 = KeyError()
e5 = KeyError("a", "b")
for e in (e0, e1, e2, e3, e4, e5):
    print(repr(e), "|", str(e), "|", e.args)
print(repr(ZeroDivisionError("x")), str(TypeError(42)), repr(IndexError(None)))
print(repr(Exception("quote's")), str(Exception('say "hi"')))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
[str(KeyError(0)), str(KeyError("")), repr(KeyError(""))]
