# the names agent code imports from typing, and how they print
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator,
                    Sequence, Mapping, MutableMapping, Awaitable, Coroutine, Generator, AsyncIterator, Literal,
                    Protocol, Generic, Final, ClassVar, Annotated, NoReturn, Never, Self, TypeAlias, TYPE_CHECKING)
for obj in [Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator, Sequence,
            Mapping, MutableMapping, Awaitable, Coroutine, Generator, AsyncIterator, Literal, Protocol, Generic,
            Final, ClassVar, Annotated, NoReturn, Never, Self, TypeAlias]:
    print(repr(obj), str(obj))
print(TYPE_CHECKING, typing.Text is str, typing.TYPE_CHECKING is False)
print(List.__name__, Optional.__name__, Any.__name__, typing.Hashable, typing.Sized, typing.Deque, typing.DefaultDict)
names = ["cast", "overload", "get_args", "get_origin", "TypeVar", "NewType", "TypedDict", "NamedTuple", "final"]
print([hasattr(typing, n) for n in names])
