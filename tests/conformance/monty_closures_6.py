# === closures counting calls ===
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@counted
def add(a, b):
    return a + b
add(1, 2)
add(3, 4)
assert add.calls == 2, add.calls
def make_multiplier_list():
    return [lambda x, n=n: x * n for n in range(1, 4)]
assert [f(10) for f in make_multiplier_list()] == [10, 20, 30], 'defaults'
def outer():
    values = []
    def push(v):
        values.append(v)
        return len(values)
    def pop():
        return values.pop()
    return push, pop
push, pop = outer()
push(1); push(2)
assert pop() == 2 and pop() == 1, 'stack'
pop()
