# dict merge operators and comprehensions
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, dict(a, **b), dict(b, y=0))
a |= {"w": 0}
print(a)
inv = {v: k for k, v in b.items()}
print(inv, {k: v for k, v in sorted(b.items()) if v > 25})
a | [("k", 1)]
