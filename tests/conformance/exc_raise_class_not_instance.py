try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def f():
    raise NotImplementedError
try:
    f()
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", repr(e))
try:
    raise IndexError
except Exception as e:
    print(type(e).__name__ + ":", e)
