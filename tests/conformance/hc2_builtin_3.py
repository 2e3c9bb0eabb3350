# isinstance and issubclass variants
from typing import Union
checks = [(1, int), (1, (str, float)), (1.0, int | float), ("s", Union[int, str]), (None, type(None) | int),
          ([], list), ({}, (list, tuple)), (True, bool | None), (int, type), (3, object)]
for v, t in checks:
    print(repr(v), isinstance(v, t))
print(issubclass(bool, int | str), issubclass(list, (dict, object)))
try:
    issubclass(3, int)
except TypeError as e:
    print(e)
isinstance(3, list[int])
