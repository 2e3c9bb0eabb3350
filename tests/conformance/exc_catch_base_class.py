def classify(fn):
    try:
        fn()
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except LookupError as e:
        return "lookup:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
print(classify(lambda: 1 // 0))
print(classify(lambda: 2.0 ** 5000))
print(classify(lambda: [][1]))
print(classify(lambda: {}[0]))
print(classify(lambda: int("z")))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception))
[c.__name__ for c in (BaseException, Exception, OSError, NotImplementedError.__mro__[1])]
