def first[T](xs: list[T]) -> T:
    return xs[0]
type Pair = tuple[int, int]
def swap(p: Pair) -> Pair:
    return (p[1], p[0])
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(first([9, 8]), swap((1, 2)), s.pop(), s.items)
x: int = 5
y: list[str] | None = None
print(x, y, int | None)
