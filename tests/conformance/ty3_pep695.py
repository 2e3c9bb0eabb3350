# PEP 695: generic functions and classes, type parameters, and the type statement
def first[T](items: list[T]) -> T:
    return items[0]


def pair[K, V: (int, str), *Ts, **P](k: K, v: V) -> tuple[K, V]:
    return (k, v)


print(first([3, 4]), pair('a', 1), first.__type_params__, pair.__type_params__)
print(first.__name__, first.__qualname__, first.__annotations__, pair.__annotations__['return'])
T, V = first.__type_params__[0], pair.__type_params__[1]
print(T.__name__, T.__bound__, V.__constraints__, T.__infer_variance__, type(T).__name__)
print(type(pair.__type_params__[2]).__name__, type(pair.__type_params__[3]).__name__)


def bounded[N: int](n: N) -> N:
    return n


print(bounded.__type_params__[0].__bound__, bounded(5))


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def map[U](self, f) -> 'Box[U]':
        return Box(f(self.item))


b = Box(3)
print(b.get(), b.map(str).get(), Box.__type_params__, Box.__qualname__, Box.map.__qualname__)
print(Box.map.__type_params__, isinstance(b, Box))


class Pair[A, B](dict):
    pass


print(Pair.__type_params__, Pair(a=1), Pair.__mro__[1].__name__)
bases = (list,)


class Stack[T](*bases, **{}):
    def top(self) -> T:
        return self[-1]


print(Stack.__type_params__, Stack([1, 2]).top(), Stack.__mro__[1].__name__)

type Point = tuple[float, float]
type Matrix[T] = list[list[T]]
type Later = Undefined
print(Point, Point.__value__, Point.__name__, Point.__type_params__, type(Point).__name__)
print(Matrix, Matrix.__value__, Matrix.__type_params__, Matrix[int])


class Undefined:
    pass


print(Later.__value__)


def scope():
    type Local = int
    return Local, Local.__value__


print(scope())
try:
    Point[int]
except TypeError as e:
    print(e)
print('T' in globals(), 'K' in globals())
type Bad = missing
Bad.__value__
