# Types that CPython writes in C report their module and bare name
import typing
for t in [typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple, type(list[int]), type(int | str), int, ValueError]:
    print(t.__name__, t.__qualname__, t.__module__)
x = 3
try:
    x.imag = 1
except AttributeError as e:
    print(e)
try:
    [].append = 1
except AttributeError as e:
    print(e)
