try:
    raise ExceptionGroup("batch", [ValueError("bad"), TypeError("worse")])
except* ValueError as eg:
    print("handled", eg.exceptions)
