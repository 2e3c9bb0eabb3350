def f():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
    return -1
print(f())
def g(items):
    while items:
        x = items.pop()
        try:
            if x < 0:
                return x
        finally:
            print("left", items)
    return None
print(g([1, -2, 3]))
