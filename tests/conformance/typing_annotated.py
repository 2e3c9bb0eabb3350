# Annotated: a type with metadata, nested ones flattened
from typing import Annotated, List, Optional, get_args, get_origin
print(Annotated[int, "meta"], Annotated[int, 1, 2], Annotated[Annotated[int, 1], 2], Annotated[List[int], "m"])
print(Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__, Annotated[int, 1].__args__)
print(Annotated[int, "x"] == Annotated[int, "x"], Annotated[int, 1] == Annotated[int, 2], Annotated[int, 1] == int)
print(get_args(Annotated[List[int], "m"]), get_origin(Annotated[int, "x"]), Optional[Annotated[int, "positive"]])
Positive = Annotated[int, "positive"]
print(Positive(7), Annotated[str, 1]("ab"), Annotated[int, 1] | None)
Annotated[int, "doc"]
