# === split, subgroup and derive ===
eg = ExceptionGroup('batch', [ValueError('v1'), TypeError('t1'), ExceptionGroup('nested', [ValueError('v2'), KeyError('k')])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(LookupError)))
print(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg)
print(eg.split((TypeError, KeyError)))
print(eg.split(lambda e: 'v' in str(e)))
print(repr(eg.derive([ZeroDivisionError()])))
print(type(BaseExceptionGroup('b', [KeyboardInterrupt()]).derive([ValueError()])).__name__)
only = ExceptionGroup('only', [TypeError('x')])
print(only.split(TypeError), only.split(ValueError))
for bad in [1, 'ValueError', int, (ValueError, 1)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(e)
eg.add_note('a note')
m, r = eg.split(KeyError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
print(m.__suppress_context__, m.message, len(r.exceptions))
ExceptionGroup('x', [ValueError()]).subgroup()
