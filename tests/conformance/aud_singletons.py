# EllipsisType() and NotImplementedType() give the singletons; NotImplemented has no truth value
def t(label, f):
    try:
        print(label, '->', repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, '!!', type(e).__name__, e)
t('e0', lambda: type(...)())
t('e1', lambda: type(...)(1))
t('e2', lambda: type(...)(x=1))
t('n0', lambda: type(NotImplemented)())
t('n1', lambda: type(NotImplemented)(1))
t('n2', lambda: type(NotImplemented)(x=1))
t('b', lambda: bool(NotImplemented))
t('b2', lambda: not NotImplemented)
t('b3', lambda: 1 if NotImplemented else 2)
t('b4', lambda: [x for x in [NotImplemented] if x])
t('b5', lambda: NotImplemented.__bool__())
t('none0', lambda: type(None)(x=1))
t('any', lambda: any([NotImplemented]))
