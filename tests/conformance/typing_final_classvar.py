# the one-argument special forms
from typing import Final, ClassVar, List, Optional, TypeGuard, TypeIs, Required, NotRequired, ReadOnly
import typing
print(Final[int], ClassVar[int], Final[3], ClassVar[Final[int]], ClassVar[List[int]], TypeGuard[int], TypeIs[str])
print(Required[int], NotRequired[str], ReadOnly[int], Final[int].__args__, Final[int].__origin__)
print(Final[int] == Final[int], ClassVar[int] == Final[int])
for bad in [lambda: ClassVar[int, str], lambda: Final[int, str], lambda: Optional[ClassVar[int]], lambda: List[Final[int]],
            lambda: TypeGuard[int, str], lambda: Required[int, str], lambda: List[Optional], lambda: Optional[typing.Generic],
            lambda: Final[int](), lambda: typing.NoReturn(), lambda: ClassVar()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
ClassVar[Final[int]]
