class Base:
    def greet(self):
        return "base"
class A(Base):
    def greet(self):
        return "A>" + super().greet()
class B(Base):
    def greet(self):
        return "B>" + super().greet()
class C(A, B):
    def greet(self):
        return "C>" + super().greet()

print(C().greet())
print([k.__name__ for k in C.__mro__])
print(isinstance(C(), B), issubclass(C, (int, A)))
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
