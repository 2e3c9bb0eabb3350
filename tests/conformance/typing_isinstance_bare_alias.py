# isinstance and issubclass with typing's bare aliases of built-in classes
import typing
from typing import Dict, List, Set, Tuple, FrozenSet, Type
print(isinstance([], List), isinstance({}, List), isinstance({}, Dict), isinstance({1}, Set))
print(isinstance((1,), Tuple), isinstance(frozenset(), FrozenSet), isinstance(int, Type))
print(isinstance(3, (str, List, int)), issubclass(bool, typing.List), issubclass(list, List))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
