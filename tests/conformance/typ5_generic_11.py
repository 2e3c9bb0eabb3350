# too many arguments for a parameterized typing alias
from typing import TypeVar, List
T = TypeVar("T")
print(List[T][int])
List[T][int, str]
