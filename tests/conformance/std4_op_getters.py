from operator import itemgetter, attrgetter, methodcaller
g = itemgetter(1)
print(g([1, 2, 3]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(2))([1, 2, 3]))
print(repr(g), repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, k=2)))
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print([r["n"] for r in sorted(rows, key=itemgetter("a", "n"))])
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
p = P("x", P("y"))
print(attrgetter("name")(p), attrgetter("inner.name")(p), attrgetter("name", "inner.name")(p))
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p), methodcaller("upper")("abc"))
print(list(map(itemgetter(0), [(1, 2), (3, 4)])), max([("a", 3), ("b", 9)], key=itemgetter(1)))
print(methodcaller("split", ",")("a,b"), type(g).__name__)
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(5),
            lambda: g(), lambda: g([]), lambda: attrgetter("zz")(p), lambda: attrgetter("inner.zz")(p),
            lambda: methodcaller("nope")(p), lambda: itemgetter("x")({})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
