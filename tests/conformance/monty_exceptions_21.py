# === cyclic exception contexts print each exception once ===
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        raise TypeError('b')
except TypeError as b:
    first = b.__context__
    first.__context__ = b
    print(type(first.__context__).__name__, type(b.__context__).__name__)
    error = b
raise error
