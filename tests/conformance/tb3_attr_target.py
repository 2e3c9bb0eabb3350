def f():
    raise ValueError("z")
class C:
    pass
c = C()
c.v = f()
