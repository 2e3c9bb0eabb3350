# === typing annotations don't affect runtime ===
from typing import Optional, Union, Any, List, Dict, Callable
def greet(name: str, times: int = 1) -> str:
    return ' '.join([f'hi {name}'] * times)
assert greet('bob', 2) == 'hi bob hi bob', 'annotated'
def first(items: List[int]) -> Optional[int]:
    return items[0] if items else None
assert first([]) is None and first([5]) == 5, 'optional'
x: int = 'not an int'
assert x == 'not an int', 'annotations unchecked at runtime'
y: Dict[str, Any]
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
assert apply(lambda n: n * 2, 4) == 8, 'callable'
assert greet.__annotations__ == {'name': str, 'times': int, 'return': str}, greet.__annotations__
y
