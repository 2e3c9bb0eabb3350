try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
eg = ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [ValueError(1)])])
print(repr(eg))
print(eg.split(ValueError))
sub = eg.subgroup(KeyError)
print(sub, sub.exceptions)
