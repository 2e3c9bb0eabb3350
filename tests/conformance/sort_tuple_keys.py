# Sorting tuples and strs: the fast paths for plain items must agree with the general
# comparison, including the places where it calls Python code.
rows = [(3, "b", 1.5), (1, "z"), (3, "a", 2), (1, "z", 0), (2,), (3, "b", -1.0), (), (1, "y")]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(sorted(["b", "", "ab", "a", "é", "Z", "aa"]))
print(sorted([(1, [2]), (1, [1]), (0, [5])]))
print(sorted([(2**70, "x"), (2**70, "a"), (-2**70, "q"), (5, "m")]))
print(sorted([(True, 1), (False, 2), (1, 0)]))

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v

print(sorted([(1, Loud(2)), (1, Loud(1)), (0, Loud(3))]))

class RevTuple(tuple):
    def __lt__(self, other):
        return tuple.__gt__(self, other)

print(sorted([RevTuple((1, 2)), RevTuple((3, 4)), RevTuple((2, 0))]))
nan = float("nan")
print(sorted([(1, nan), (0, 1.0), (1, 0.5)]))
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w), reverse=True))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
sorted([("x", 1), ("x", None)])
