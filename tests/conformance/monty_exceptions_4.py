# === exception hierarchy catching ===
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f'lookup:{type(e).__name__}'
    except ArithmeticError as e:
        return f'arith:{type(e).__name__}'
    except Exception as e:
        return f'other:{type(e).__name__}'
results = [classify(e) for e in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), UnicodeDecodeError('utf-8', b'', 0, 1, 'x')]]
assert results == ['lookup:KeyError', 'lookup:IndexError', 'arith:ZeroDivisionError', 'arith:OverflowError', 'other:ValueError', 'other:UnicodeDecodeError'], results
assert issubclass(UnicodeDecodeError, ValueError), 'unicode is value'
assert issubclass(RecursionError, RuntimeError), 'recursion'
assert issubclass(NotImplementedError, RuntimeError), 'notimpl'
assert issubclass(ModuleNotFoundError, ImportError), 'module'
assert not issubclass(KeyboardInterrupt, Exception), 'keyboard'
assert [c.__name__ for c in ZeroDivisionError.__mro__] == ['ZeroDivisionError', 'ArithmeticError', 'Exception', 'BaseException', 'object'], 'mro'
raise NotImplementedError
