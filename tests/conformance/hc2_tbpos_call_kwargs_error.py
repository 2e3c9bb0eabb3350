# traceback position: call kwargs error
def f(a):
    return a
params = {"a": 1, "b": 2}
f(**params)
