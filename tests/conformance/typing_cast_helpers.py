# cast and the other runtime no-ops
from typing import cast, assert_type, final, List
import typing
print(cast(int, "x"), cast("int", 3), cast(typ=int, val=3), cast(int, val=[1]), cast(List[int], (1, 2)))
print(assert_type(3, int), typing.reveal_type([1, 2]), typing.is_typeddict(dict))
def f(x):
    return x * 2
print(final(f) is f, typing.override(f) is f, typing.no_type_check(f) is f)
print(typing.dataclass_transform()(f) is f)
for bad in [lambda: cast(int), lambda: cast(int, 1, 2), lambda: cast(int, 1, val=2), lambda: cast(int, vall=2),
            lambda: assert_type(3), lambda: assert_type(val=3, typ=int), lambda: final()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)
try:
    typing.assert_never("x" * 150)
except AssertionError as e:
    print("AssertionError:", e)
cast(int)
