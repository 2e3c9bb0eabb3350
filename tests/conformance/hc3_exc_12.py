try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError("k"), ValueError("v")])
print(eg, len(eg.exceptions), repr(eg.exceptions[0]))
match_, rest = eg.split(KeyError)
print(match_, rest)
