def read():
    try:
        yield 1
    finally:
        print("cleanup")

def work():
    for x in read():
        print("x", x)
        raise RuntimeError("stop here")

work()
