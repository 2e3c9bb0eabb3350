# TypeVar, ParamSpec, TypeVarTuple: reprs, attributes, checks
from typing import TypeVar, ParamSpec, TypeVarTuple
import typing
T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
C = TypeVar("C", covariant=True)
D = TypeVar("D", contravariant=True)
I = TypeVar("I", infer_variance=True)
print(T, N, B, C, D, I, str(T), f"{T}", repr(T))
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(N.__constraints__, B.__bound__, C.__covariant__, D.__contravariant__)
print(T == T, T == TypeVar("T"), {T: 1}[T])
print(ParamSpec("P"), TypeVarTuple("Ts"), ParamSpec("Q", bound=int).__bound__)
print(typing.T, typing.KT, typing.VT, typing.T_co, typing.T_contra, typing.AnyStr, typing.AnyStr.__constraints__, typing.CT_co.__bound__)
for bad in [lambda: TypeVar("T", int), lambda: TypeVar("T", int, str, bound=float), lambda: TypeVar(3), lambda: TypeVar(),
            lambda: TypeVar("T", foo=1), lambda: TypeVar("T", covariant=True, contravariant=True),
            lambda: TypeVar("T", covariant=True, infer_variance=True), lambda: T()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
T.__parameters__
