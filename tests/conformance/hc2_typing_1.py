# annotations at runtime
from typing import Optional, Union, Any
def greet(name: str, times: int = 1, *, loud: bool = False) -> str:
    return (name.upper() if loud else name) * times
print(greet.__annotations__)
print(greet("ab", 2), greet("x", loud=True))
x: int = 5
y: list[str]
print(__annotations__ if False else "skip", x)
def opt(v: Optional[int] = None) -> Union[int, str]:
    return v if v is not None else "none"
print(opt(), opt(3), opt.__annotations__["v"], opt.__annotations__["return"])
y
