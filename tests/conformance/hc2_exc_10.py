# exception groups and except*
def tasks():
    errors = []
    for i, v in enumerate(["1", "x", None, "2", "y"]):
        try:
            int(v)
        except (ValueError, TypeError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("conversion failed", errors)
try:
    tasks()
except* ValueError as eg:
    print("values:", len(eg.exceptions), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [type(e).__name__ for e in eg.exceptions])
tasks()
