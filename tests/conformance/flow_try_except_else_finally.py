def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else " + str(r))
    finally:
        log.append("finally")
    return log
print(attempt(2))
print(attempt(0))
def noexc():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(noexc())
