results = []
for exc in (ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError):
    try:
        raise exc("msg")
    except (ValueError, TypeError):
        results.append(("vt", exc.__name__))
    except LookupError:
        results.append(("lookup", exc.__name__))
    except Exception as e:
        results.append(("other", type(e).__name__))
print(results)
print([c.__name__ for c in KeyError.__mro__])
print(ZeroDivisionError.__mro__[1].__name__, BaseException.__subclasses__ is not None)
