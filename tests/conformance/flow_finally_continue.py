def f():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(i)
        finally:
            continue
    return results
print(f())
def g():
    n = 0
    for i in range(3):
        try:
            return "early"
        finally:
            n += 1
            continue
    return n
print(g())
