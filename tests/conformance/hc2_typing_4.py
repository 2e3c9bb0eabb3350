# generics with PEP 695 syntax
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
def first[T](xs: list[T]) -> T:
    return xs[0]
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), first(["a", "b"]), Stack.__type_params__, first.__type_params__)
s.pop()
s.pop()
