try:
    try:
        raise ExceptionGroup("g", [OSError("disk"), ValueError("bad")])
    except* OSError as e:
        print("os:", e.exceptions[0])
        raise RuntimeError("while handling") 
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, [type(x).__name__ for x in eg.exceptions])
try:
    raise ValueError("plain")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg.exceptions[0]))
