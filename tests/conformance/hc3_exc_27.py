def f():
    raise NotImplementedError("subclass must implement")
try:
    f()
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(RecursionError, RuntimeError), issubclass(StopAsyncIteration, Exception), issubclass(KeyboardInterrupt, Exception))
KeyError("a") == KeyError("a")
