import math
class N:
    def __init__(self, v): self.v = v
    def __round__(self, nd=None): return f"round({nd})"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
    def __divmod__(self, o): return ("dm", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __float__(self): return 1.5
    def __int__(self): return 7
    def __bytes__(self): return b"x"
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 3
    def __getitem__(self, i): return i
for f in (lambda: round(N(1)), lambda: round(N(1), 2), lambda: math.floor(N(1)), lambda: math.ceil(N(1)),
          lambda: math.trunc(N(1)), lambda: divmod(N(1), 2), lambda: pow(N(1), 2), lambda: pow(N(1), 2, 5),
          lambda: N(1) ** 2, lambda: float(N(1)), lambda: int(N(1)), lambda: bytes(N(1)),
          lambda: list(reversed(N(1))), lambda: math.sqrt(N(1)), lambda: sum([N(1)], start=0) if False else 0,
          lambda: sorted([N(2), N(1)]), lambda: min(N(1), N(2))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
