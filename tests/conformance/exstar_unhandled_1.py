def g():
    raise ExceptionGroup("many", [ValueError(1), OSError(2)])
try:
    g()
except* ValueError as e:
    print("got", e.exceptions)
