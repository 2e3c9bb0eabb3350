class AppError(Exception):
    pass
def load(key):
    cfg = {"a": 1}
    try:
        return cfg[key]
    except KeyError as e:
        raise AppError(f"missing config {key!r}") from e
load("b")
