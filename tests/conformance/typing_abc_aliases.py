# the aliases of abstract collections, with the defaults some of them fill in
from typing import (Iterable, Iterator, Sequence, Mapping, MutableMapping, Awaitable, Coroutine, Generator,
                    AsyncIterator, AsyncGenerator, AsyncIterable, Collection, Container, Reversible, MutableSequence,
                    AbstractSet, MutableSet, KeysView, ItemsView, ValuesView, ContextManager, Any)
import typing
print(Iterable[int], Iterator[str], Sequence[int], Mapping[str, Any], MutableMapping[str, int])
print(Awaitable[int], Coroutine[Any, Any, int], Generator[int, None, None], AsyncIterator[int])
print(Generator[int], AsyncGenerator[int], ContextManager[int], typing.AsyncContextManager[str])
print(AsyncIterable[bytes], Collection[int], Container[str], Reversible[int], MutableSequence[int])
print(AbstractSet[int], MutableSet[str], KeysView[str], ItemsView[str, int], ValuesView[float])
print(typing.Counter[str], typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict[str, int])
print(Iterable[int] == Iterable[int], Iterable[int] == Sequence[int], Generator[int].__args__)
for bad in [lambda: Coroutine[int], lambda: typing.Hashable[int], lambda: typing.Sized[int], lambda: Mapping[int],
            lambda: Generator[int, int, int, int], lambda: Generator[()]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
