# Generic and Protocol subscripted with type variables
from typing import Generic, Protocol, TypeVar, ParamSpec, get_origin
T = TypeVar("T")
K = TypeVar("K")
P = ParamSpec("P")
print(Generic, Protocol, Generic[T], Generic[T, K], Protocol[T], Generic[P], Generic.__name__)
print(Generic[T].__parameters__, Generic[T].__args__, get_origin(Generic[T]), get_origin(Generic))
for bad in [lambda: Generic[int], lambda: Generic[T, T], lambda: Generic[()], lambda: Protocol[int], lambda: Generic[T][int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Generic[T, K]
