def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                return f"returned at {i}"
        finally:
            print("finally", i)
print(f())
def g():
    while True:
        try:
            try:
                raise ValueError("inner")
            finally:
                print("inner finally")
        except ValueError:
            print("caught; breaking")
            break
        finally:
            print("outer finally")
    return "done"
print(g())
def h():
    try:
        return "try"
    finally:
        print("finally runs before the return value is used")
x = h()
print(x)
