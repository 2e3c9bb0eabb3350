# str() and repr() of various objects
class P:
    pass
class Q:
    def __repr__(self):
        return "Q()"
print(str(None), str(True), str(1.0), str([1, "a"]), str((1,)), str({"a": [1]}), str(b"x"))
print(repr(Q()), str(Q()), [Q()], f"{Q()}", f"{Q()!r}")
print(str(P()).startswith("<__main__.P object at"), repr(range(3)), repr(slice(1, 2)))
print(str(frozenset()), str(set()), str({}), repr(()), repr([]), str(object)[:14])
(Q(), None, ...)
