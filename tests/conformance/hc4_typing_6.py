from typing import Optional, Union, Any, Callable, Literal, Final
def apply(f: Callable[[int], int], x: Optional[int] = None) -> Union[int, str]:
    if x is None:
        return "no value"
    return f(x)
print(apply(lambda v: v + 1, 4), apply(abs))
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str:
    return {"r": "read", "w": "write"}[m]
MAX: Final = 10
print(open_mode("w"), MAX, apply.__annotations__["x"])
x: int = "not checked at runtime"
print(x, __annotations__ if False else "skip")
def annotated(a: int, b: "str" = "d") -> list[int]:
    return [a]
print(annotated.__annotations__)
open_mode("x")
