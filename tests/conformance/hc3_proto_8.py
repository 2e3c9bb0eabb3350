class Reverse:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1])
    def __iter__(self):
        return iter(self.data)
r = Reverse([1, 2, 3])
print(list(reversed(r)), list(r))
class Ctx:
    def __bool__(self):
        return False
    def __str__(self):
        return "CTX"
    def __format__(self, spec):
        return f"CTX[{spec}]"
print(not Ctx(), str(Ctx()), f"{Ctx():abc}", f"{Ctx()}", "%s" % Ctx())
reversed(5)
