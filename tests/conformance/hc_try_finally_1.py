log = []
def f():
    try:
        log.append("try")
        return 1
    finally:
        log.append("finally")
print(f(), log)
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(i)
        finally:
            log.append(f"f{i}")
    return log
print(h())
