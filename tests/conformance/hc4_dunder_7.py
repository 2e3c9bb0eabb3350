class BadIndex:
    def __index__(self):
        return 1.5
class Raises:
    def __index__(self):
        raise KeyError("idx")
class Good:
    def __index__(self):
        return 1
class Plain:
    pass
for k in (BadIndex(), Raises(), Good(), Plain()):
    for f in (lambda: [1, 2][k], lambda: "ab"[k], lambda: (1, 2)[k], lambda: [1, 2, 3][k:], lambda: "abc"[:k], lambda: range(3)[k], lambda: b"ab"[k]):
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
class I(int):
    pass
print([1, 2][I(1)], "ab"[I(0):I(1)])
