print(all(callable(f) for f in [abs, all, any, ascii, bin, bool, callable, chr, dict, divmod, enumerate, filter, float, getattr, hasattr, hash, hex, int, isinstance, issubclass, iter, len, list, map, max, min, next, oct, ord, pow, print, range, repr, reversed, round, set, setattr, sorted, str, sum, tuple, type, zip]))
print(None, True, False, ...)
print(type(...).__name__, type(NotImplemented).__name__)
print(Exception.__name__, KeyError.__name__)
len.__name__
