# the aliases of built-in collections: List, Dict, Set, FrozenSet, Type
from typing import List, Dict, Set, FrozenSet, Type, Any
print(List[int], Dict[str, int], Set[bytes], FrozenSet[str], Type[int], List[List[int]], Dict[str, List[Any]])
print(List[None], Dict[None, int], List[3], List[len], List[print])
print(List[int].__origin__, Dict[str, int].__args__, Type[int].__origin__, List.__origin__, List[int].__name__)
print(List[int] == List[int], List[int] == List[str], List[int] != List[str], List == List)
print({List[int]: 1}[List[int]], len({List[int], List[int], List[str]}))
print(List[int].append, List.append)
for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Type[int, str], lambda: List[int][str], lambda: List(),
            lambda: Dict[str, int](), lambda: List[int, ...]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Dict[str, List[int]]
