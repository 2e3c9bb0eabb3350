def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("div by zero, re-raising")
        raise
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("outer got", e)
divide(2, 0)
