def f(**kw):
    return sorted(kw)
print(f(**{"b": 1, "a": 2}))
try:
    f(**{1: "one"})
except Exception as e:
    print(type(e).__name__ + ":", e)
