# generator.throw with one argument and with the deprecated (type, value, traceback) form
def g():
    while True:
        try:
            yield 1
        except Exception as e:
            print('caught', type(e).__name__, e.args)

it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError('one'))
it.throw(ValueError, 'v')
it.throw(ValueError, ('a', 2))
it.throw(KeyError, KeyError('same'))
it.throw(LookupError, KeyError('sub'))
it.throw(ValueError, None, None)
it.throw(ValueError, 5)
for call in (lambda: it.throw(), lambda: it.throw(ValueError, 1, 2, 3), lambda: it.throw(ValueError('x'), 1),
             lambda: it.throw(ValueError, 1, 5), lambda: it.throw(5), lambda: it.throw(int, 1),
             lambda: it.throw(typ=ValueError)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

