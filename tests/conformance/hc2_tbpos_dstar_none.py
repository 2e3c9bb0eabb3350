# traceback position: dstar none
def f(**kw):
    return kw
opts = None
f(**opts)
