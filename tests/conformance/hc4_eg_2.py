try:
    raise ExceptionGroup("top", [
        ValueError("a"),
        ExceptionGroup("nested", [KeyError("k"), ValueError("b")]),
    ])
except* ValueError as eg:
    print("V:", repr(eg))
except* KeyError as eg:
    print("K:", repr(eg))
