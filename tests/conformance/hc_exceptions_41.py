def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
    return err
e = f()
print(repr(e), e.__traceback__ is None)
try:
    raise e
except ValueError as again:
    print(again is e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        return exc
print(type(g()).__name__, str(g()))
excs = []
for exc_type in (ValueError, KeyError):
    try:
        raise exc_type("x")
    except Exception as caught:
        excs.append(caught)
print(excs)
raise excs[1]
