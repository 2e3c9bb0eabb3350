# uncaught error: kwargs dup
def f(**kw):
    return kw
opts = {"a": 1}
f(a=2, **opts)
