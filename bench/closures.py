# Closures: counters with nonlocal, function factories, decorators, higher-order calls.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    return lambda x: f(g(x))


def counted(fn):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return fn(*args)
    wrapper.calls = calls
    return wrapper


@counted
def square(x):
    return x * x


counter = make_counter()
adders = [make_adder(i) for i in range(10)]
f = compose(adders[3], compose(square, adders[1]))
total = 0
for i in range(600000):
    total += adders[i % 10](i) + f(i % 100)
    counter(i & 3)
print(total, counter(0), square.calls[0])
