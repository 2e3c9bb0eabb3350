# match binding leaks to enclosing scope; failed patterns may bind partially
match (1, 2):
    case (a, b):
        pass
assert (a, b) == (1, 2)

def f(v):
    match v:
        case {"x": x, "y": y} if x > y:
            return ("gt", x, y)
        case {"x": x}:
            return ("x", x)
    return ("none",)

assert f({"x": 5, "y": 1}) == ("gt", 5, 1)
assert f({"x": 1, "y": 5}) == ("x", 1)
assert f({}) == ("none",)
print(a, b, f({"x": 0}))
