e = "before"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as problem:
        saved = problem
    return saved
print(repr(f()))
try:
    print(problem)
except Exception as e:
    print(type(e).__name__ + ":", e)
