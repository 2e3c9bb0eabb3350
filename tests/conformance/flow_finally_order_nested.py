log = []
def inner():
    try:
        try:
            log.append("inner try")
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append("caught " + str(e))
        return "ret"
    finally:
        log.append("outer finally")
print(inner())
print(log)
def deep(n):
    try:
        if n == 0:
            return "bottom"
        return deep(n - 1)
    finally:
        print("unwind", n)
deep(3)
