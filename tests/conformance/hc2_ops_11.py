# NotImplemented has no truth value in 3.14; comparisons returning it fall back
class A:
    def __eq__(self, o):
        return NotImplemented
print(A() == A(), A() != 1, [A()] == [A()], A() in [1, 2])
for f in (lambda: not NotImplemented, lambda: NotImplemented and 1, lambda: A().__eq__(1) or 2, lambda: [x for x in [NotImplemented] if x], lambda: all([NotImplemented])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
if NotImplemented:
    pass
