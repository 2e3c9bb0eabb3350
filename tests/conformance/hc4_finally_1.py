def f():
    try:
        return "try"
    finally:
        print("finally runs")

assert f() == "try"
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
assert g() == 3
