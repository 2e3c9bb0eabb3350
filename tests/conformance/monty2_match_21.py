# match with walrus in guard, nested or-patterns with captures, and mapping rest
def parse(cmd):
    match cmd:
        case {"op": "add" | "sub" as op, "args": [int(a), int(b)]} if (res := a + b if op == "add" else a - b) >= 0:
            return op, res
        case {"op": op, **rest} if rest:
            return op, sorted(rest)
        case [("x" | "y") as axis, (int() | float()) as amount]:
            return axis, amount
        case _:
            return None

assert parse({"op": "add", "args": [2, 3]}) == ("add", 5)
assert parse({"op": "sub", "args": [2, 3]}) == ("sub", ["args"])
assert parse({"op": "noop"}) is None
assert parse(["y", 2.5]) == ("y", 2.5)
assert parse(["z", 1]) is None
print(parse({"op": "mul", "b": 1, "a": 2}))
