# Literal: values, flattened and deduplicated by value and type
from typing import Literal, Optional
print(Literal[1, "a", None, True], Literal["x"], Literal[1, 1], Literal[1, True], Literal[0, False])
print(Literal[Literal[1, 2], 3], Literal["a", "a"], Literal[1.0, 1], Literal[[1]], Literal[b"x", -1])
print(Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1, 2] == Literal[1, 2, 2])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]), Literal[1, 2].__args__, Literal["r", "w"].__origin__)
print(Optional[Literal["a", "b"]], Literal[1] | None)
Mode = Literal["read", "write"]
def check(mode):
    return mode in Mode.__args__
print(check("read"), check("append"))
Literal["a"] == Literal["a"]
