def attempt(fn):
    try:
        fn()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except TypeError as e:
        return "type: " + str(e)
    return "ok"
print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["x"]))
print(attempt(lambda: [][0]))
print(attempt(lambda: len(5)))
print(attempt(lambda: None))
print(attempt(lambda: int("12")))
