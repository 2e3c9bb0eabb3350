# Regenerates tests/unit/test_mod_typing_table.h: each expression below is evaluated by CPython
# 3.14 and becomes a row {expression, expected repr or 'Error: message'} that test_mod_typing.c
# evaluates with its own small evaluator over moat's typing module (names of typing and of the
# builtins, literals, subscripts, calls, attributes, | and ==; T, K, V, P are type variables).
# Run it under CPython 3.14, e.g. the Pyodide oracle:
#   node -e 'import("pyodide").then(async ({loadPyodide}) => { const py = await loadPyodide();
#     py.FS.mkdirTree("/out"); py.FS.mount(py.FS.filesystems.NODEFS, {root: "tests/unit"}, "/out");
#     py.runPython(require("fs").readFileSync("tests/unit/test_mod_typing_gen.py", "utf8")); })'
import typing
from typing import *  # noqa: F403 (the expressions name typing's objects directly)

T, K, V, P = TypeVar("T"), TypeVar("K"), TypeVar("V"), ParamSpec("P")

CASES = {
    "forms": [
        "Any", "Optional", "Union", "Literal", "Final", "ClassVar", "Annotated", "NoReturn", "Never",
        "Self", "TypeAlias", "LiteralString", "Concatenate", "TypeGuard", "TypeIs", "Required",
        "NotRequired", "ReadOnly", "Unpack", "Generic", "Protocol", "List", "Dict", "Set", "FrozenSet",
        "Tuple", "Type", "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "MutableMapping",
        "Awaitable", "Coroutine", "Generator", "AsyncIterator", "AsyncGenerator", "ContextManager",
        "Hashable", "Sized", "Deque", "DefaultDict", "T", "K", "P", "TYPE_CHECKING", "Text",
        "typing.AnyStr", "typing.T_co", "typing.T_contra", "typing.CT_co", "List.__name__",
        "Optional.__name__", "List.__origin__", "Tuple.__origin__", "Any()", "Optional()", "List()",
        "Dict()", "Callable()", "Any[int]", "Never[int]", "NoReturn[int]", "Self[int]",
        "TypeAlias[int]", "LiteralString[int]", "Hashable[int]", "Sized[int]", "List.__args__",
    ],
    "unions": [
        "Optional[int]", "Optional[None]", "Optional[Optional[int]]", "Optional[List[int]]",
        "Optional[int, str]", "Optional['Node']", "Optional[3]", "Union[int]", "Union[int, str]",
        "Union[int, str, int]", "Union[int, None]", "Union[None, int]", "Union[None]",
        "Union[None, None]", "Union[int, Union[str, float]]", "Optional[Union[int, str]]",
        "Union[int, Any]", "Union[1, 1.0]", "Union[int, 3]", "Union[int, 'str']", "Union[()]",
        "Union[int, ()]", "Union[int, (str,)]", "Union[int, str] == Union[str, int]",
        "Optional[int] == Union[None, int]", "Optional[int] == int",
        "Union[int, str] == Union[int, str, int]", "Optional[int].__args__",
        "Union[int, str].__args__", "Union[T, int].__parameters__", "Union[int, str].__parameters__",
        "Union[int, list[int], List[int]]", "Optional[ClassVar[int]]", "Optional[Generic]",
        "Union[[int]]", "Union[int, str]()", "Union[int, str][int]",
    ],
    "operators": [
        "int | None", "int | str", "None | int", "int | str | None", "list[int] | None",
        "list[int] | dict[str, int]", "int | 'str'", "int | 3", "list[int] | 3", "int | T", "T | None",
        "T | 3", "T | 'x'", "Any | None", "int | Any", "Any | 3", "Optional[int] | str",
        "Optional[int] | 3", "Optional[int] | 'x'", "List[int] | None", "List[int] | 'x'",
        "Literal[1] | None", "Union[int, str] | Union[str, float]", "(int | str) == (str | int)",
        "(int | None).__args__", "(int | None) == Optional[int]", "int | list",
        "(int | str) | (int | str)", "Tuple[int, ...] | None", "Callable[..., int] | None",
        "NewType('U', int) | None", "(int | None) | None",
    ],
    "aliases": [
        "List[int]", "List[List[int]]", "Dict[str, int]", "Dict[str, List[Any]]", "Set[int]",
        "FrozenSet[str]", "Type[int]", "List[None]", "Dict[None, int]", "List[3]", "List[len]",
        "List['Foo']", "List[[int]]", "List[int, str]", "Dict[int]", "Type[int, str]",
        "List[int, ...]", "List[int][str]", "List[int]()", "Dict[str, int]()", "List[int].__origin__",
        "List[int].__args__", "List[int].__name__", "List[int] == List[int]", "List[int] == List[str]",
        "List[int] != List[str]", "List[int] == list[int]", "Iterable[int]", "Iterator[str]",
        "Sequence[int]", "Mapping[str, Any]", "MutableMapping[str, int]", "Awaitable[int]",
        "Coroutine[Any, Any, int]", "Coroutine[int]", "Generator[int, None, None]", "Generator[int]",
        "Generator[()]", "Generator[int, int, int, int]", "AsyncGenerator[int]", "ContextManager[int]",
        "typing.AsyncContextManager[str]", "AsyncIterator[int]", "typing.Counter[str]",
        "typing.Deque[int]", "typing.DefaultDict[str, int]", "typing.ItemsView[str, int]",
        "List[Optional]", "List[ClassVar[int]]", "List[Final[int]]", "List[Any]", "List[Never]",
        "List[Self]", "List[List]", "Iterable[int] == Iterable[int]", "Iterable[int] == Sequence[int]",
    ],
    "tuples_callables": [
        "Tuple[int, str]", "Tuple[int, ...]", "Tuple[()]", "Tuple[int]", "Tuple[..., int]",
        "Tuple[int, ...].__args__", "Tuple[()].__args__", "Tuple[int, str].__origin__",
        "Tuple[int, ...][0]", "Tuple()", "Tuple[int, ...] == Tuple[int, ...]",
        "Callable[[int, str], bool]", "Callable[..., int]", "Callable[[], None]", "Callable[int, str]",
        "Callable[[None], None]", "Callable[[int], [str]]", "Callable[[int], str].__args__",
        "Callable[..., str].__args__", "Callable[P, int]", "Callable[Concatenate[int, P], int]",
        "Callable[int]", "Callable[[int], str, bool]", "Callable[[int], int]()",
        "Callable[[int], str] == Callable[[int], str]", "Callable[[int], str] == Callable[[str], str]",
    ],
    "literals": [
        "Literal[1, 'a', None, True]", "Literal['x']", "Literal[1, 1]", "Literal[1, True]",
        "Literal[0, False]", "Literal[Literal[1, 2], 3]", "Literal['a', 'a']", "Literal[1.0, 1]",
        "Literal[[1]]", "Literal[{}]", "Literal[b'x', -1]", "Literal[1] == Literal[1]",
        "Literal[1, 2] == Literal[2, 1]", "Literal[1] == Literal[True]",
        "Literal[1, 2] == Literal[1, 2, 2]", "hash(Literal[1, 2]) == hash(Literal[2, 1])",
        "Literal[1, 2].__args__", "Literal[1]()", "Literal[1][int]",
    ],
    "single": [
        "Final[int]", "ClassVar[int]", "Final[3]", "ClassVar[Final[int]]", "ClassVar[List[int]]",
        "TypeGuard[int]", "TypeIs[str]", "Required[int]", "NotRequired[str]", "ReadOnly[int]",
        "Unpack[TypeVarTuple('Ts')]", "Final[int].__args__", "Final[int].__origin__",
        "Final[int] == Final[int]", "ClassVar[int] == Final[int]", "ClassVar[int, str]",
        "Final[int, str]", "TypeGuard[int, str]", "Required[int, str]", "Final[int]()",
        "ClassVar[int]()", "Concatenate[int, P]", "Concatenate[int]", "Concatenate[()]",
        "Concatenate[int, ...]", "Annotated[int, 'meta']", "Annotated[int, 1, 2]",
        "Annotated[Annotated[int, 1], 2]", "Annotated[List[int], 'm']", "Annotated[int, 1].__metadata__",
        "Annotated[int, 1].__origin__", "Annotated[int, 1].__args__", "Annotated[int]",
        "Annotated[int, 'x'] == Annotated[int, 'x']", "Annotated[int, 1] == Annotated[int, 2]",
        "Annotated[int, 1] == int", "Annotated[int, 'p'](7)", "Annotated[int, 1] | None",
    ],
    "typevars": [
        "TypeVar('X')", "TypeVar('X', int, str)", "TypeVar('X', bound=int)",
        "TypeVar('X', covariant=True)", "TypeVar('X', contravariant=True)",
        "TypeVar('X', infer_variance=True)", "TypeVar('X', int)",
        "TypeVar('X', int, str, bound=float)", "TypeVar(3)", "TypeVar()", "TypeVar('X', foo=1)",
        "TypeVar('X', covariant=True, contravariant=True)",
        "TypeVar('X', covariant=True, infer_variance=True)", "TypeVar('X', int, 'str').__constraints__",
        "TypeVar('X', bound=int).__bound__", "T.__name__", "T.__bound__", "T.__constraints__",
        "T.__covariant__", "T.__contravariant__", "T.__infer_variance__", "T == T",
        "T == TypeVar('T')", "T()", "T.__parameters__", "ParamSpec('Q')", "TypeVarTuple('Ts')",
        "ParamSpec('Q', bound=int).__bound__", "typing.AnyStr.__constraints__", "typing.CT_co.__bound__",
        "Generic[T]", "Generic[T, K]", "Protocol[T]", "Generic[P]", "Generic[int]", "Generic[T, T]",
        "Generic[()]", "Protocol[int]", "Generic[T][int]", "Generic[T].__parameters__",
    ],
    "substitution": [
        "List[T]", "List[T].__parameters__", "List[T].__args__", "Dict[K, List[V]].__parameters__",
        "List[T][int]", "Dict[K, V][str, int]", "Dict[str, V][int]", "Dict[T, T][int]",
        "List[T][T]", "List[T][List[T]]", "Union[T, int][str]", "Optional[T][int]",
        "Optional[List[T]][int]", "Callable[[T], K][int, str]", "Callable[..., T][int]",
        "Callable[[T, int], T][str]", "Tuple[T, ...][int]", "Final[T][int]",
        "ClassVar[List[T]][int]", "Annotated[List[T], 1][int]", "List[T][None]",
        "Dict[K, V][str, 'Node']", "List[T][int, str]", "Dict[K, V][int]", "list[T]",
        "list[T].__parameters__", "list[T][int]", "dict[K, list[V]][str, int]",
        "list[T][int, str]", "list[Optional[T]][int]", "list[int][str]", "tuple[int][str]",
    ],
    "builtin_generics": [
        "list[int]", "dict[str, int]", "tuple[int, ...]", "tuple[()]", "set[int]", "frozenset[str]",
        "type[int]", "list[list[int]]", "dict[str, list[int]]", "list[None]", "list['Foo']",
        "list[int, str]", "dict[str]", "list[()]", "list[len]", "list[[int, str]]", "tuple[..., int]",
        "enumerate[int]", "list[int].__origin__", "list[int].__args__", "dict[str, int].__args__",
        "list[int].__parameters__", "list[int] == list[int]", "list[int] == list[str]",
        "list[int] != list[int]", "list[int] == list", "list[int]()", "list[int]([1, 2])",
        "list[int].__name__", "int[str]", "str[int]", "typing.GenericAlias(list, (int,))",
        "typing.GenericAlias(list, int)",
    ],
    "functions": [
        "cast(int, 'x')", "cast('int', 3)", "cast(typ=int, val=3)", "cast(int, val=3)", "cast(int)",
        "cast(int, 1, 2)", "cast(int, 1, val=2)", "cast(int, vall=2)", "assert_type(3, int)",
        "assert_type(3)", "assert_type(val=3, typ=int)", "typing.assert_never(3)",
        "typing.reveal_type(3)", "typing.is_typeddict(dict)", "final(len)", "typing.override(len)",
        "get_args(Optional[int])", "get_origin(Optional[int])", "get_args(List[int])",
        "get_origin(List[int])", "get_args(list[int])", "get_origin(list[int])", "get_origin(int)",
        "get_args(int)", "get_args(Callable[[int], str])", "get_args(Callable[..., int])",
        "get_args(Callable[[], None])", "get_origin(Literal[1])", "get_args(Literal[1, 2])",
        "get_args(Annotated[int, 'x'])", "get_origin(Annotated[int, 'x'])", "get_origin(List)",
        "get_origin(Generic)", "get_origin(Generic[T])", "get_origin(Final[int])",
        "get_args(Final[int])", "get_args(Tuple[int, ...])", "get_args(Tuple[()])",
        "get_args(tuple[()])", "get_args(Dict[str, int])", "get_origin(int | str)",
        "get_args(int | str)", "get_origin(Tuple)", "get_origin(Type[int])", "get_args()",
        "get_origin(1, 2)", "overload(len)(1)", "NewType('UserId', int)",
        "NewType('UserId', int)(5)", "NewType('UserId', int).__supertype__",
        "NewType('UserId', int).__name__", "NewType('UserId')", "NewType(3, int)",
        "NewType('UserId', int)()", "typing.ForwardRef('X')",
        "typing.ForwardRef('X') == typing.ForwardRef('X')", "typing.ForwardRef('X').__forward_arg__",
        "typing.ForwardRef(3)",
    ],
}


def run(expr):
    try:
        return repr(eval(expr))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    out = ["// Generated by test_mod_typing_gen.py from CPython 3.14; do not edit.",
           "// Rows: {expression, expected repr or 'Error: message'}."]
    for table, rows in CASES.items():
        out.append("static const TypingCase %s_cases[] = {" % table)
        for expr in rows:
            out.append("    {%s, %s}," % (c_string(expr), c_string(run(expr))))
        out.append("};")
    with open("/out/test_mod_typing_table.h", "w") as f:
        f.write("\n".join(out) + "\n")


main()
