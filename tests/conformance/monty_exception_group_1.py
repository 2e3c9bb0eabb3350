# === ExceptionGroup basics ===
errors = [ValueError('bad value'), TypeError('bad type')]
eg = ExceptionGroup('validation failed', errors)
assert eg.message == 'validation failed', eg.message
assert eg.exceptions == tuple(errors), eg.exceptions
assert str(eg) == 'validation failed (2 sub-exceptions)', str(eg)
assert repr(eg) == "ExceptionGroup('validation failed', [ValueError('bad value'), TypeError('bad type')])", repr(eg)
one = ExceptionGroup('single', [KeyError('k')])
assert str(one) == 'single (1 sub-exception)', str(one)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
len(eg.exceptions)
