def f():
    try:
        return "from try"
    finally:
        return "from finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        return "finally wins"
h()
