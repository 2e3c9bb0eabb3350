def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset, lambda: count
inc, reset, get = outer()
inc(); inc()
print(get())
reset()
print(get(), inc())
print(inc.__closure__ is not None, outer.__name__, inc.__qualname__)
