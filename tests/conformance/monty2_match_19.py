# match on strings and bytes are not sequences
def kind(v):
    match v:
        case [a, b]:
            return f"pair {a} {b}"
        case str() | bytes():
            return "text"
        case _:
            return "?"

assert kind("ab") == "text"
assert kind(b"ab") == "text"
assert kind(["a", "b"]) == "pair a b"
assert kind(bytearray(b"ab")) == "?"
print(kind(("x", "y")), kind("xy"))
