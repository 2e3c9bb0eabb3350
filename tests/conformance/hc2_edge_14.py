# uncaught exception with notes and chained cause
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"input was {s!r}")
        raise
def load(items):
    try:
        return [parse(x) for x in items]
    except ValueError as e:
        raise RuntimeError("load failed") from e
load(["1", "two"])
