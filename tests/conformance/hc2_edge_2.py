# __eq__ returning NotImplemented both sides falls back to identity
class A:
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.eq")
        return NotImplemented
a, b = A(), B()
print(a == b)
print(a != b)
print(a == a)
print([a] == [a], a in [b])
