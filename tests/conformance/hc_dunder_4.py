class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return True
print(A() == B())
print(B() == A())
class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("L.__lt__")
        return self.v < o.v
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("G.__gt__")
        return self.v > o.v
print(L(1) < L(2), G(3) > G(2))
print(L(1) > L(2))
class Sub(L):
    def __gt__(self, o):
        print("Sub.__gt__")
        return True
print(L(5) < Sub(1))
class NeOnly:
    def __eq__(self, o):
        return True
print(NeOnly() != 1, NeOnly() == 1)
