# exception raised in __exit__ replaces body exception, with context chained
class Explode:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit saw {et.__name__ if et else None}")

try:
    with Explode():
        raise ValueError("body")
except RuntimeError as e:
    assert isinstance(e.__context__, ValueError)
    print(e, "| context:", repr(e.__context__))

with Explode():
    raise KeyError("inner")
