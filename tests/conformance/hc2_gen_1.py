# generator basics and StopIteration
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
g = countdown(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(list(countdown(4)), next(countdown(0), "empty"))
next(g)
