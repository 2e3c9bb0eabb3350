print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", (int, str)), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(isinstance(3, (float, (list, int))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
print(issubclass(ValueError, Exception), issubclass(KeyError, (TypeError, LookupError)))
print(isinstance(ValueError, type), isinstance(ValueError("x"), BaseException))
try:
    isinstance(5, "int")
except Exception as e:
    print(type(e).__name__ + ":", e)
