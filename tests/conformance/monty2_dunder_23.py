# __setattr__ intercepting assignments
class Frozenish:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")

f = Frozenish(5)
assert f.x == 5
try:
    f.x = 6
except AttributeError as e:
    print(e)
assert f.x == 5
f.y = 1
