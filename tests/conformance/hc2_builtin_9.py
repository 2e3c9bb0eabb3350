# callable, type checks and vars/dir
class A:
    x = 1
    def m(self):
        pass
a = A()
a.y = 2
print(callable(A), callable(a), callable(a.m), callable(len), callable("s"))
print(vars(a), "x" in dir(A), "m" in dir(a), "y" in dir(a), "__init__" in dir(a))
print(sorted(k for k in vars(A) if not k.startswith("__")))
vars(5)
