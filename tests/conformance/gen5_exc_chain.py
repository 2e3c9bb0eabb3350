import sys

def read():
    try:
        yield 1
    finally:
        print("cleanup sees", type(sys.exception()).__name__)

def run():
    for x in read():
        raise KeyError("k")

try:
    run()
except KeyError as e:
    print("caught", repr(e), e.__context__)

def broken():
    try:
        yield 1
    finally:
        raise TypeError("in cleanup")

try:
    for x in broken():
        raise ValueError("body")
except ValueError as e:
    print("body error wins:", e)
except TypeError as e:
    print("cleanup error:", e)
