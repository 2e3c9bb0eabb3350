# Alternatives that capture the same names in different orders, next to other captures
def r(v):
    match v:
        case (a, b, c) | [c, a, b, "rot"] | {"a": a, "b": b, "c": c} | [[b], [c, a]]:
            return (a, b, c)
        case (first, (x, y) | (y, x, None), *more) as whole:
            return (first, x, y, more, whole)
        case _:
            return None

for v in [(1, 2, 3), [3, 1, 2, "rot"], {"c": 3, "b": 2, "a": 1}, [[2], [3, 1]],
          ("f", (1, 2), 9), ("f", (2, 1, None)), ("f", (2, 1, 0)), [1, 2]]:
    print(r(v))

def nested(v):
    match v:
        case [x, [y, z] | {"y": y, "z": z}] | {"x": x, "yz": (z, y)}:
            return x, y, z
print(nested([1, [2, 3]]), nested([1, {"z": 3, "y": 2}]), nested({"x": 1, "yz": (3, 2)}))
print(nested([1, [2]]))
