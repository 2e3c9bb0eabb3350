# finally overrides return
def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(f(), g(), h())
def k():
    try:
        return 1
    finally:
        raise KeyError("from finally")
k()
