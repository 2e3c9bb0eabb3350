def parse(x):
    try:
        return int(x)
    except ValueError as e:
        raise TypeError(f"bad {x!r}") from e
errs = []
for x in ["a", "b"]:
    try:
        parse(x)
    except TypeError as e:
        errs.append(e)
raise ExceptionGroup("parse errors", errs)
