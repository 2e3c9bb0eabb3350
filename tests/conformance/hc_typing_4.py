from typing import cast, Any, TYPE_CHECKING, Final
MAX: Final = 10
v: Any = cast(int, "not really an int")
print(v, MAX, TYPE_CHECKING)
def f(a: "int", b: "list[str]") -> "dict":
    return {a: b}
print(f(1, ["x"]))
def g(*args: int, **kwargs: str) -> None:
    print(args, kwargs)
g(1, 2, k="v")
print(int | str, list[int], dict[str, int])
