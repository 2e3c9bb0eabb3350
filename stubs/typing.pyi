# moat's typing module. The checker reads annotations by these names (typecheck/tc_stub.c);
# at run time they are moat's own objects.
AbstractSet: object
Annotated: object
Any: object
AnyStr: object
AsyncContextManager: object
AsyncGenerator: object
AsyncIterable: object
AsyncIterator: object
Awaitable: object
ByteString: object
CT_co: object
Callable: object
ChainMap: object
ClassVar: object
Collection: object
Concatenate: object
Container: object
ContextManager: object
Coroutine: object
Counter: object
DefaultDict: object
Deque: object
Dict: object
Final: object
ForwardRef: object
FrozenSet: object
Generator: object
Generic: object
GenericAlias: object
Hashable: object
ItemsView: object
Iterable: object
Iterator: object
KT: object
KeysView: object
List: object
Literal: object
LiteralString: object
Mapping: object
MappingView: object
Match: object
MutableMapping: object
MutableSequence: object
MutableSet: object
NamedTuple: object
Never: object
NewType: object
NoReturn: object
NotRequired: object
Optional: object
OrderedDict: object
ParamSpec: object
Pattern: object
Protocol: object
ReadOnly: object
Required: object
Reversible: object
Self: object
Sequence: object
Set: object
Sized: object
T: object
TYPE_CHECKING: bool
T_co: object
T_contra: object
Text: object
Tuple: object
Type: object
TypeAlias: object
TypeGuard: object
TypeIs: object
TypeVar: object
TypeVarTuple: object
TypedDict: object
Union: object
Unpack: object
VT: object
VT_co: object
V_co: object
ValuesView: object
def assert_never(arg: object, /) -> Any: ...
def assert_type(val: Any, typ: Any, /) -> Any: ...
def cast(typ: Any, val: Any) -> Any: ...
def dataclass_transform(**kwargs: Any) -> Any: ...
def final(f: Any) -> Any: ...
def get_args(tp: Any) -> tuple[Any, ...]: ...
def get_origin(tp: Any) -> Any: ...
def is_typeddict(tp: Any) -> bool: ...
def no_type_check(arg: Any) -> Any: ...
def overload(func: Any) -> Any: ...
def override(method: Any, /) -> Any: ...
def reveal_type(obj: Any, /) -> Any: ...
def runtime_checkable(cls: Any) -> Any: ...
