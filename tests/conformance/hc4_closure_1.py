def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc()
inc(5)
assert get() == 16
inc2, get2 = make_counter()
inc2(); inc2()
assert get2() == 2 and get() == 16
print(get(), get2())
