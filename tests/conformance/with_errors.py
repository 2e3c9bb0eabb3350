class NoExit:
    def __enter__(self):
        return self

class NoEnter:
    def __exit__(self, *a):
        pass

for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            print("body")
    except TypeError as e:
        print(e)

class Boom:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")

try:
    with Boom():
        print("never")
except OSError as e:
    print(e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")

try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(e, repr(e.__context__))

class Tracker:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, v)
        return False

def work():
    with Tracker():
        1 / 0

work()
