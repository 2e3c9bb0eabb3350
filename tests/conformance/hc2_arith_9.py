# bool arithmetic and int subclass behavior
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(sum([True, False, True, True]))
print(True == 1, False == 0, True is not 1 if False else "skip")
print(isinstance(True, int), bool(0), bool(-1), bool(0.0), bool(""))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
[b * 2 for b in (True, False)]
