def f():
    try:
        raise ValueError("from try")
    finally:
        print("finally runs")
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
g()
