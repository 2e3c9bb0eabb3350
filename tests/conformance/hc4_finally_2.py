def f():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log

print(f())
def g():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("g finally")
assert g() == "else"
