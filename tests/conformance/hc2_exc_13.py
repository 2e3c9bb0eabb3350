# except* raising a naked exception wraps it
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(type(eg).__name__, eg.exceptions)
try:
    try:
        raise ExceptionGroup("g", [TypeError("x")])
    except* TypeError:
        raise RuntimeError("during handler")
except Exception as e:
    print(type(e).__name__, repr(e))
try:
    raise ExceptionGroup("g", [TypeError("x")])
except* TypeError:
    raise KeyError("k")
