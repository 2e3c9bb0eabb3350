class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B:
    def __init__(self):
        print("B init")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()
C()
class D(A):
    def who(self):
        return super(A, self).__init__
print(D().who() is not None)
class E:
    def m(self):
        return super().nonexistent()
E().m()
