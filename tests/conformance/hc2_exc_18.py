# exception hierarchy checks
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(StopAsyncIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(TimeoutError, OSError))
print(ValueError.__mro__, ZeroDivisionError.__bases__)
[c.__name__ for c in KeyError.__mro__]
