def f(**kw):
    return kw
print(f(**{"a": 1}))
try:
    f(**[("a", 1)])
except Exception as e:
    print(type(e).__name__ + ":", e)
