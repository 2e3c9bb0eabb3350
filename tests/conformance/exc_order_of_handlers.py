def f(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "unreachable KeyError"
    except Exception:
        return "Exception"
print(f(KeyError("k")))
print(f(IndexError(1)))
print(f(ValueError()))
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as b:
    print("BaseException caught", type(b).__name__)
