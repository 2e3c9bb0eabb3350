from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9))
q = partial(p, 7, d=0)
print(q(), q(c=1), q.func is f, q.args, q.keywords)
print(repr(partial(max, 1, 2, key=abs)).replace(repr(max), "MAX"))
print(repr(partial(int, base=2)))
b = partial(int, base=2)
print(b("101"), b("11", base=3))
print(type(p).__name__, callable(p))
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(5)
except TypeError as e:
    print(e)
try:
    p()
except TypeError as e:
    print(e)
r = partial(sorted, key=lambda x: -x)
print(r([3, 1, 2]))
print(list(map(partial(pow, 2), range(5))))
class C:
    def m(self, x, y):
        return (self.__class__.__name__, x, y)
    pm = partial(m, y=5)
print(C().pm(1))
