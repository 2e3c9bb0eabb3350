from typing import Optional, Union, List, Dict, Tuple, Any, Callable
def greet(name: Optional[str] = None) -> str:
    return f"Hello, {name or 'stranger'}"
def total(xs: List[int]) -> int:
    return sum(xs)
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
Pair = Tuple[int, str]
def mk() -> Pair:
    return (1, "a")
print(greet(), greet("Zoe"), total([1, 2]), apply(lambda x: x + 1, 1), mk())
x: int = 5
y: Dict[str, Any] = {"k": [1]}
print(x, y, greet.__annotations__)
