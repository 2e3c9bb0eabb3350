# Literal, Final, Annotated in annotations
from typing import Literal, Final, Annotated
MAX: Final = 10
Mode = Literal["r", "w"]
def openish(mode: Mode = "r") -> str:
    if mode not in ("r", "w"):
        raise ValueError(f"invalid mode: {mode!r}")
    return mode * 2
Distance = Annotated[float, "meters"]
def walk(d: Distance) -> str:
    return f"{d}m"
print(openish(), openish("w"), walk(3.5), MAX, Mode, Distance)
openish("x")
