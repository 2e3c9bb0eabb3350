from contextlib import contextmanager
@contextmanager
def wrap_errors():
    try:
        yield
    except KeyError as e:
        raise LookupError("wrapped") from e
with wrap_errors():
    {}["x"]
