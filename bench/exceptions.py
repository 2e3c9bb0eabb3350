# Exception-heavy control flow: raise and catch in a loop, try/finally, re-raise.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError("b is zero")
    return a // b


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(k)


d = {i: i * i for i in range(0, 1000, 3)}
ok = bad = fin = 0
for i in range(150000):
    try:
        v = lookup(d, i % 1000)
        ok += checked_div(v, i % 4)
    except ZeroDivisionError:
        bad += 1
    except LookupError:
        bad += 2
    finally:
        fin += 1
tokens = ["12", "x", "7", "", "3.5", "-4"] * 20000
print(ok, bad, fin, sum(parse(t) for t in tokens))
