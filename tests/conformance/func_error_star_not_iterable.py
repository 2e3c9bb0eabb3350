def f(*args):
    return args
print(f(*"ab"))
try:
    f(*5)
except Exception as e:
    print(type(e).__name__ + ":", e)
