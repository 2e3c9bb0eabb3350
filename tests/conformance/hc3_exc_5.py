log = []
def f(x):
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        return 10 / x
    except ValueError as e:
        log.append(f"except {e}")
        return -1
    else:
        log.append("else")
    finally:
        log.append("finally")
print(f(2), log)
log.clear()
print(f(0), log)
def g():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(g())
