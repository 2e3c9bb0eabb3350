try:
    raise ValueError("a")
except ValueError as exc:
    err = exc
try:
    print(exc)
except NameError as e:
    print("NameError:", e)
print(err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
print(repr(f()), f().__traceback__ is not None)
