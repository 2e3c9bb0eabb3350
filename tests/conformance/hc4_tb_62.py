def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValueError(f"parse failed for {s!r}") from e

def load(items):
    try:
        return [parse(i) for i in items]
    except ValueError as e:
        raise RuntimeError("load failed") from e

load(["1", "x"])
