def f():
    pass
print(f.__module__)
f.__module__ = 5
print(f.__module__)
f.__module__ = "mymod"
print(f.__module__, "__module__" in f.__dict__)
f.__wrapped__ = len
print(f.__wrapped__ is len)
del f.__module__
print(f.__module__)
