def f(n):
    result = []
    while n:
        try:
            n -= 1
            if n % 2:
                continue
            result.append(n)
        finally:
            result.append("*")
    return result

assert f(4) == ["*", 2, "*", "*", 0, "*"]
def g():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x in finally", x)
assert g() == 1
f(5)
