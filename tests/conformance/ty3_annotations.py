"""Module docstring: functions' __annotations__, evaluated lazily (PEP 649), and __doc__."""
print(__name__, __doc__.split(':')[0])


def greet(name: str, times: int = 1, *rest: float, sep: 'str' = ' ', **kw: bool) -> str:
    return sep.join([name] * times)


print(greet.__annotations__, greet.__annotations__ is greet.__annotations__)


def plain(a, b=2):
    return a


print(plain.__annotations__, plain.__annotate__, greet.__annotate__ is not None)


def later(x: Later) -> list[Later]:
    return x


class Later:
    pass


print(later.__annotations__)


def outer():
    T = int

    def inner(x: T, y: dict[str, T]) -> None:
        pass

    return inner


print(outer().__annotations__)


class C:
    def method(self, other: 'C', n: int) -> bool:
        return True


print(C.method.__annotations__, C().method.__annotations__)
f = lambda x: x
print(f.__annotations__)


def broken(x: missing_name):
    pass


print(broken(1))
broken.__annotations__
