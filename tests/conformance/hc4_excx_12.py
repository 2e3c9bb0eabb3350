import traceback
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError:
    text = traceback.format_exc()
print(text)
try:
    int("q")
except ValueError as e:
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)).count("\n"))
