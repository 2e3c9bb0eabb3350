# match subject is evaluated once; guard side effects
calls = []
def subject():
    calls.append("s")
    return [1, 2, 3]

def check(x):
    calls.append(f"g{x}")
    return x == 3

match subject():
    case [a, *_] if check(a):
        r = "first"
    case [_, b, *_] if check(b):
        r = "second"
    case [*_, c] if check(c):
        r = "third"
assert r == "third"
assert calls == ["s", "g1", "g2", "g3"]
print(calls)
