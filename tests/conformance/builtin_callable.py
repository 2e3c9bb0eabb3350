def f():
    pass
print(callable(f), callable(lambda: 1), callable(len), callable(int), callable(ValueError))
print(callable(1), callable("s"), callable([]), callable(None), callable(f()))
g = (x for x in [])
print(callable(g), callable(g.send), callable(print), callable([].append))
print(callable(callable))
