vals = [1, 1.0, "s", b"b", [1], (1,), {1}, {1: 1}, None, True, 1j, range(1), len]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, object))
print(isinstance(True, int), issubclass(bool, int), issubclass(int, object), isinstance(None, type(None)))
print(type(3) is int, type(True) is int, type(type) is type, type(int).__name__)
print(callable(len), callable(5), callable(lambda: 0), callable(int))
