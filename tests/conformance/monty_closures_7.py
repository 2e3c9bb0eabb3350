# === deleting and rebinding captured variables ===
def make():
    x = 1
    def get():
        return x
    del x
    return get
f = make()
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def rebinding():
    fs = []
    x = 0
    fs.append(lambda: x)
    x = 1
    fs.append(lambda: x)
    return [g() for g in fs]
print(rebinding())
def counter_factory():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter_factory()
inc(); inc(5)
print(inc(0))
reset()
print(inc())
def shadow_param(x):
    def inner():
        return x * 2
    x = 10
    return inner()
print(shadow_param(1))
def nonlocal_in_loop():
    acc = []
    total = 0
    for i in range(3):
        def add():
            nonlocal total
            total += i
        add()
        acc.append(total)
    return acc
print(nonlocal_in_loop())
f()
