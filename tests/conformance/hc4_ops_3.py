class A:
    pass
try:
    A() < A()
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > 0
except TypeError as e:
    print(e)
print(A() == A(), A() != A(), (a := A()) == a)
class Eq:
    def __eq__(self, o):
        return "truthy"
print(Eq() == 1, Eq() != 1, 1 == Eq(), [Eq()] == [1])
{} < {}
