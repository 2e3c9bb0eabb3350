class P:
    pass
p = P()
tests = [
    lambda: object.__eq__(),
    lambda: object.__eq__(p),
    lambda: object.__init__(p, 1),
    lambda: object.__init__(),
    lambda: int.__add__(1),
    lambda: int.__add__(),
    lambda: int.__add__(1, 2, 3),
    lambda: str.__len__(),
    lambda: str.__len__("a", "b"),
    lambda: list.__getitem__([1]),
    lambda: dict.__setitem__({}, 1),
    lambda: object.__repr__(),
    lambda: object.__setattr__(p, "x"),
    lambda: object.__getattribute__(p),
    lambda: object.__hash__(p, 1),
    lambda: int.__neg__(1, 2),
    lambda: float.__lt__(1.0),
    lambda: (1).__add__(),
    lambda: "a".__contains__(),
    lambda: [].__len__(1),
    lambda: object.__str__(p, 2),
    lambda: object.__ne__(p),
    lambda: int.__bool__(),
    lambda: object.__new__(),
    lambda: object.__format__(p),
    lambda: object.__eq__(p, p, p),
    lambda: str.__add__("a"),
    lambda: list.__init__([], 1, 2),
    lambda: dict.__init__({}, 1, 2),
    lambda: tuple.__len__(),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)
