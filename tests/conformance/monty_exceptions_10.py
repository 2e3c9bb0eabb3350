# === except* not used: exception groups basics ===
eg = ExceptionGroup('many', [ValueError('a'), TypeError('b')])
assert str(eg) == 'many (2 sub-exceptions)', str(eg)
assert len(eg.exceptions) == 2, 'exceptions'
assert isinstance(eg, Exception), 'is Exception'
try:
    raise eg
except ExceptionGroup as caught:
    assert caught.message == 'many', caught.message
ExceptionGroup('x', [])
