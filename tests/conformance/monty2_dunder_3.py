# __eq__ without __hash__ makes instances unhashable
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

assert Box.__hash__ is None
assert Box(1) == Box(1)
try:
    hash(Box(1))
except TypeError as e:
    print("TypeError:", e)
{Box(2): 1}
