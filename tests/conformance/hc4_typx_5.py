type Json = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
type Pair[T] = tuple[T, T]
def swap[T](p: Pair[T]) -> Pair[T]:
    return (p[1], p[0])
print(swap((1, 2)), Json, Pair, Pair[int], type(Json).__name__, Pair.__type_params__)
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self
print(Stack[int]().push(1).push(2).items, Stack.__type_params__, Stack[str])
def first[T: (int, str)](xs: list[T]) -> T:
    return xs[0]
print(first([5]), first.__type_params__[0].__constraints__)
