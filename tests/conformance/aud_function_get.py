# function.__get__: binding a plain function to an instance by hand
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)
def f(self, x=1):
    return (self, x)
class C:
    pass
t('get', lambda: f.__get__(5)())
t('get2', lambda: f.__get__(5, int)(2))
t('get none', lambda: f.__get__(None, C) is f)
t('get none none', lambda: f.__get__(None, None))
t('get 0', lambda: f.__get__())
t('get 3', lambda: f.__get__(1, 2, 3))
t('get kw', lambda: f.__get__(1, owner=int))
t('bound repr', lambda: type(f.__get__(C())).__name__)
t('bound self', lambda: f.__get__(7).__self__)
t('bound func', lambda: f.__get__(7).__func__ is f)
t('lambda get', lambda: (lambda s: s * 2).__get__(21)())
t('attach', lambda: (setattr(C, 'm', f), C().m(3))[1][1])
t('get unbound class', lambda: f.__get__(None, int)(1))
