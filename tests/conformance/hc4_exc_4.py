def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped") from None

try:
    f()
except RuntimeError as e:
    assert e.__cause__ is None
    assert e.__suppress_context__ is True
    print(type(e.__context__).__name__)
f()
