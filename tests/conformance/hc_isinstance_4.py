from typing import Any
checks = [(1, int), (1, float), (1.0, float), (True, int), ("a", str), (None, type(None)), ([], list), ((), tuple), ({}, dict), (set(), set), (b"", bytes), (len, object), (int, type), (type, type)]
print([isinstance(v, t) for v, t in checks])
print(isinstance(1, (str, (list, int))), isinstance([], ()), issubclass(bool, (int, str)))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(Exception, ValueError))
print(isinstance(ValueError(), BaseException), isinstance(ValueError, type), type(ValueError()) is ValueError)
print(isinstance(1, int | str), isinstance("x", int | None), isinstance(None, int | None))
print(type(1) == int, type(1) in (int, float), type("").__name__ == "str")
