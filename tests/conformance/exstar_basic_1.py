log = []
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    log.append(("V", repr(e), [repr(x) for x in e.exceptions]))
except* TypeError as e:
    log.append(("T", repr(e)))
print(log)

def naked():
    try:
        raise KeyError("k")
    except* KeyError as e:
        print(type(e).__name__, repr(e), repr(e.exceptions[0]))
        print("handled")
naked()
def nested():
    try:
        try:
            raise ExceptionGroup("a", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as e:
            raise ValueError("from handler") from e
        except* KeyError:
            pass
    except* ValueError as outer:
        got = repr(outer)
    except* TypeError as t:
        print("t", repr(t))
    return got
print(nested())
