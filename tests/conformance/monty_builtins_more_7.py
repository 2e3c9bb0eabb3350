# === id-free identity checks of builtins ===
assert len is len, 'same builtin'
assert abs(-1) is not None, 'abs'
assert type(len).__name__ == 'builtin_function_or_method', type(len).__name__
def f():
    pass
assert type(f).__name__ == 'function', type(f).__name__
assert type(lambda: 0).__name__ == 'function', 'lambda type'
g = (x for x in [])
assert type(g).__name__ == 'generator', type(g).__name__
assert type([].append).__name__ == 'builtin_function_or_method', type([].append).__name__
assert type(None).__name__ == 'NoneType', 'NoneType'
assert type(...).__name__ == 'ellipsis', type(...).__name__
assert type(NotImplemented).__name__ == 'NotImplementedType', type(NotImplemented).__name__
type(f)
