# decorating methods and classes
def logged(method):
    def w(self, *a):
        self.log.append(method.__name__)
        return method(self, *a)
    return w
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Acct:
    def __init__(self):
        self.log = []
        self.bal = 0
    @logged
    def dep(self, n):
        self.bal += n
a = Acct()
a.dep(5); a.dep(7)
a
