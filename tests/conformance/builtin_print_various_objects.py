def f():
    pass
print(len, type(len).__name__)
print(f.__name__, type(f).__name__)
print(int, str, type, ValueError)
print(range(3), range(1, 10, 2), slice(1, 2))
print(enumerate.__name__, zip.__name__)
print([None, True, 1.5, "s", b"b"])
print({"nested": {"k": (1, [2, {3: None}])}})
print((), (1,), [()], {()})
