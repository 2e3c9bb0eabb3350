# traceback through __eq__ invoked by the in operator
class Strict:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Strict):
            raise TypeError(f"cannot compare Strict with {type(other).__name__}")
        return self.v == other.v

xs = [Strict(1), Strict(2)]
assert Strict(2) in xs
print("found")
"x" in xs
