# === ExceptionGroup is an Exception ===
eg = ExceptionGroup('two problems', [ValueError('v'), KeyError('k')])
assert isinstance(eg, Exception) and isinstance(eg, BaseExceptionGroup), 'bases'
try:
    raise eg
except Exception as caught:
    assert caught is eg, 'caught by except Exception'
beg = BaseExceptionGroup('only exceptions', [ValueError()])
assert type(beg) is ExceptionGroup, type(beg)
mixed = BaseExceptionGroup('mixed', [ValueError(), KeyboardInterrupt()])
assert type(mixed) is BaseExceptionGroup and not isinstance(mixed, Exception), type(mixed)
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
assert IOError is OSError and EnvironmentError is OSError, 'aliases'
changed = ExceptionGroup('kept message', [ValueError()])
changed.args = ()
print(changed.message, str(changed), repr(changed), changed.derive([KeyError()]))
changed.args = ('x', 1)
print(changed.message, str(changed))
[type(x).__name__ for x in eg.exceptions]
