# diamond inheritance and cooperative super
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super().hello()

assert D().hello() == ["D", "B", "C", "A"]
assert [k.__name__ for k in D.__mro__] == ["D", "B", "C", "A", "object"]
print(D.mro()[1].__name__)
D().hello()
