# object's ordering dunders answer NotImplemented; other types' own comparisons
print(object().__lt__(object()), None.__gt__(None), None.__le__(1), object.__ge__(1, 2))
print((lambda: 0).__lt__(1), iter([]).__ge__(1), len.__le__(len), ....__gt__(...))

class A:
    pass

print(A().__lt__(A()), A().__eq__(A()), A().__gt__(1))

class B:
    def __lt__(self, other):
        return 'B.lt'

print(B().__lt__(1), B().__gt__(1), B() < 1)
for call in (lambda: object().__lt__(), lambda: None.__ge__(1, 2), lambda: object().__le__(x=1),
             lambda: A() < A(), lambda: None > None):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
