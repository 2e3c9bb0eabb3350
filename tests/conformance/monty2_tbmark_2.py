# traceback markers of calls in assignments: two targets, and an attribute target
class Box:
    pass

def fail(x):
    return 1 / x

b = Box()
b.v = fail(1)
print(b.v)
try:
    a = c = fail(0)
except ZeroDivisionError as e:
    print("caught", e)
b.v = fail(0)
