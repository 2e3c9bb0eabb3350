class A:
    pass
a = A()
print(A.__eq__(a, a), a == a, a != A(), hash(a) == hash(a))
class B:
    def __eq__(self, o):
        return True
print(B.__hash__ is None, B() == 1)
try:
    {B()}
except TypeError as e:
    print(e)
class C:
    def __eq__(self, o):
        return NotImplemented
print(C() == C(), C() != C(), C() == 1)
class D:
    def __lt__(self, o):
        return "truthy"
print(D() < D(), D() > D())
