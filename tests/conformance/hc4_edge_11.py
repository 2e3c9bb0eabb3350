from typing import Self, ClassVar, Annotated, TypeAlias, overload, Final
class Builder:
    count: ClassVar[int] = 0
    def __init__(self) -> None:
        self.parts: list[str] = []
    def add(self, p: str) -> Self:
        self.parts.append(p)
        Builder.count += 1
        return self
    def build(self) -> str:
        return "-".join(self.parts)
print(Builder().add("a").add("b").build(), Builder.count)
Meters: TypeAlias = float
Distance = Annotated[float, "meters"]
def run(d: Distance) -> Meters:
    return d * 2
print(run(2.5))
@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return str(x) if isinstance(x, int) else int(x)
print(conv(5), conv("6"))
