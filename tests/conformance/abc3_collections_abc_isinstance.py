from collections.abc import (Iterable, Mapping, Sequence, Callable, Iterator, Generator,
                             MutableMapping, MutableSequence, Set, Hashable, Sized, Container,
                             Awaitable, Coroutine, AsyncIterator, AsyncIterable, Collection,
                             Reversible, MutableSet, KeysView, ItemsView, ValuesView, MappingView,
                             AsyncGenerator)
from collections import deque, defaultdict, OrderedDict, Counter

def gen():
    yield 1

async def coro():
    return 1

async def agen():
    yield 1

abcs = [Iterable, Mapping, Sequence, Callable, Iterator, Generator, MutableMapping,
        MutableSequence, Set, Hashable, Sized, Container, Awaitable, Coroutine, AsyncIterator,
        AsyncIterable, Collection, Reversible, MutableSet, KeysView, ItemsView, ValuesView,
        MappingView, AsyncGenerator]
c = coro()
values = [[], (), "s", b"b", bytearray(b"x"), {}, set(), frozenset(), range(3), 5, 2.5, True,
          None, len, gen, gen(), c, agen(), iter([]), iter(()), iter("ab"), iter({}),
          {}.keys(), {}.values(), {}.items(), deque(), defaultdict(int), OrderedDict(),
          Counter(), object(), int, lambda: 0, enumerate([]), zip(), map(str, []),
          reversed([]), print, [].append, 7]
for v in values:
    print(type(v).__name__, [a.__name__ for a in abcs if isinstance(v, a)])
c.close()
