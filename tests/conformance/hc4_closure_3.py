def accumulate():
    total = []
    def add(*items):
        total.extend(items)
        return len(total)
    add.total = total
    return add

a = accumulate()
a(1, 2)
a(3)
assert a.total == [1, 2, 3]
print(a.__name__, a.__qualname__)
def deco(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(x, y=2):
    return x + y

add(1); add(1, y=5)
assert add.calls == 2
print(add.__qualname__)
