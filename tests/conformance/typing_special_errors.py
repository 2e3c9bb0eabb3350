# special forms used wrongly
from typing import Any, Optional, Never, NoReturn, Self, TypeAlias, List, Iterable
import typing
for bad in [lambda: Any(), lambda: Optional(), lambda: Any[int], lambda: Never[int], lambda: NoReturn[int],
            lambda: Self[int], lambda: TypeAlias[int], lambda: typing.LiteralString[int], lambda: List[Optional],
            lambda: typing.Literal[1](), lambda: typing.Concatenate[int], lambda: typing.Concatenate[()],
            lambda: typing.Annotated[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(List[Any], Optional[Any], List[Never], List[NoReturn], List[Self], List[typing.LiteralString])
Any[str]
