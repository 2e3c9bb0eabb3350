def read(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

try:
    for x in read("a"):
        raise KeyError("boom")
except KeyError as e:
    print("caught", e)

def f():
    for x in read("b"):
        print("in f", x)
        1 / 0
try:
    f()
except ZeroDivisionError:
    print("caught zde")

def g():
    try:
        for x in read("c"):
            raise ValueError(x)
    finally:
        print("g finally")
try:
    g()
except ValueError as e:
    print("caught", e)
print("end")
