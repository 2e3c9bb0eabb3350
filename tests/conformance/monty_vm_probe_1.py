# === exception handling corner cases ===
try:
    try:
        raise ValueError('v')
    except 'not a class':
        pass
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise ValueError('v')
    except (KeyError, 5):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
def f():
    try:
        raise KeyError('a')
    finally:
        try:
            raise ValueError('b')
        except ValueError:
            pass
try:
    f()
except KeyError as e:
    print('KeyError survives', e, e.__context__)
def g():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise ValueError('b')
        except ValueError as inner:
            return repr(inner.__context__)
print(g())
def h():
    x = 1
    def inner():
        return x
    del x
    return inner
try:
    h()()
except NameError as e:
    print(type(e).__name__, '|', e)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    [a, b] = 'xyz'
except ValueError as e:
    print(e)
try:
    for x, y in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print(e)
def many(*args):
    return len(args)
print(many(*range(100000)))
print(((((((((((((((((((((1)))))))))))))))))))))
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) > val(0) < val(5), calls)
print(val(0) and val(1), val(2) or val(3), calls[-2:])
try:
    raise ValueError('outer') from KeyError('cause')
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise
except RuntimeError as e:
    print(e)
'ok'
