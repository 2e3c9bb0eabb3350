# match does not match strings as sequences, and mapping key order
def seq(v):
    match v:
        case [a, b]:
            return f"pair {a} {b}"
        case str(s):
            return f"string {s}"
        case _:
            return "no"
print(seq("ab"), seq(b"ab"), seq(["a", "b"]), seq(bytearray(b"ab")), seq(iter([1, 2])))
match {"x": 1, "y": 2}:
    case {"y": y, "x": x}:
        print(x, y)
x
