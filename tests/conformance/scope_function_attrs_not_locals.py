def f():
    f.calls = getattr(f, "calls", 0) + 1
    return f.calls
f(); f()
print(f())
def g():
    return local_missing
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
def h():
    if False:
        local_never = 1
    return local_never
try:
    h()
except NameError as e:
    print(type(e).__name__, isinstance(e, NameError), e)
