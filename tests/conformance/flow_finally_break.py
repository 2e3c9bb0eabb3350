def f():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(f())
def g():
    while True:
        try:
            return "try"
        finally:
            break
    return "after loop"
print(g())
out = []
for i in range(3):
    try:
        out.append(i)
    finally:
        out.append("f")
out
