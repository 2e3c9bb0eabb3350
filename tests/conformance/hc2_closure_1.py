# counters with nonlocal
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter(5)
inc(); inc(10)
inc2, get2 = counter()
inc2()
print(get(), get2())
get.__name__, inc.__qualname__
