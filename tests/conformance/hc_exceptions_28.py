errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), AttributeError("a"), NameError("n"), RuntimeError("r"), StopIteration("s"), OverflowError("o"), RecursionError("re"), NotImplementedError("ni"), UnicodeError("u"), ArithmeticError("ar"), LookupError("l"), AssertionError("as"), OSError("os"), FileNotFoundError("fnf"), PermissionError("p"), TimeoutError("to"), ConnectionError("c")]
for e in errors:
    print(type(e).__name__, type(e).__mro__[1].__name__, repr(e), str(e))
