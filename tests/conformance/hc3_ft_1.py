from functools import partial, reduce
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), list(map(square, range(5))))
p = partial(print, sep=" | ")
p("a", "b", "c")
int2 = partial(int, base=2)
print(int2("1011"), square.func.__name__, square.keywords, square.args)
print(reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3], [0]))
print(reduce(max, [3, 9, 2]))
