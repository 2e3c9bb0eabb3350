# filter(pred, it) with pred in Python: a hidden generator stands for it in loops and drains
def even(v):
    print("test", v)
    return v % 2 == 0
for v in filter(even, range(5)):
    print("kept", v)
print(list(filter(even, [6, 7])), sum(filter(lambda v: v > 1, [1, 2, 3])))
print(list(filter(None, [0, 1, "", "a"])), list(filter(str.isdigit, "a1b2")))
f = filter(lambda v: v != 3, [1, 3, 4, 5])
for v in f:
    print("first", v)
    break
print(next(f), list(f), list(f))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(list(filter(lambda v: Truthy(v > 1), [1, 2])))
def stop(v):
    if v == 2:
        raise StopIteration
    return True
print(list(filter(stop, [1, 2, 3])), [v for v in filter(stop, [1, 2, 3])])
for v in filter(stop, [2]):
    print("never")
else:
    print("else ran")
print(list(filter(lambda v: v, map(lambda v: v - 1, [1, 2, 3]))))
print(sorted(filter(lambda w: len(w) > 1, ["bb", "a", "ccc"]), key=lambda w: -len(w)))
nested = filter(lambda v: v % 3, filter(lambda v: v % 2, range(20)))
print(list(nested), set(filter(lambda c: c in "aeiou", "education")) == set("euaio"))
def bad(v):
    return v["key"]
for v in filter(bad, [{"key": 1}, {}]):
    print(v)
