def risky(n):
    if n:
        raise ValueError(n)
try:
    raise ExceptionGroup("batch", [ValueError(1)])
except* ValueError as eg:
    try:
        risky(2)
    except ValueError as inner:
        print("inner", inner, inner.__context__ is not None)
e = ExceptionGroup("notes", [KeyError("k")])
e.add_note("batch 7")
raise e
