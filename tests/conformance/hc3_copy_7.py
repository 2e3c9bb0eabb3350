import copy
class A:
    def __deepcopy__(self, memo):
        raise ValueError("no deep copies")
    def __copy__(self):
        return self
a = A()
print(copy.copy(a) is a)
copy.deepcopy([1, (A(),)])
