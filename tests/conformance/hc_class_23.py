class A:
    def __init__(self):
        self.__private = 1
        self._protected = 2
    def get(self):
        return self.__private
a = A()
print(a.get(), a._protected, a._A__private, sorted(vars(a)))
try:
    a.__private
except AttributeError as e:
    print(type(e).__name__, e)
class B(A):
    def peek(self):
        return self.__private
B().peek()
