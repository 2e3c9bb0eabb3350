# moat's collections.abc module. The checker reads annotations by these names
# (typecheck/tc_stub.c), as it does typing's aliases of them; at run time they are moat's own
# abstract base classes.
AsyncGenerator: object
AsyncIterable: object
AsyncIterator: object
Awaitable: object
Buffer: object
Callable: object
Collection: object
Container: object
Coroutine: object
Generator: object
Hashable: object
ItemsView: object
Iterable: object
Iterator: object
KeysView: object
Mapping: object
MappingView: object
MutableMapping: object
MutableSequence: object
MutableSet: object
Reversible: object
Sequence: object
Set: object
Sized: object
ValuesView: object
