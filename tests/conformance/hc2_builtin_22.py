# dir() without an argument lists the current scope's names, sorted
import json
alpha = 1
def f(b, a=2):
    c = a + b
    def g():
        return c
    return dir()
print(f(1))
def empty():
    return dir()
print(empty())
[n for n in dir() if not n.startswith("__")]
