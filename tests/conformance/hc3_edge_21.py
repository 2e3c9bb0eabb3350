class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__)
        return super().__call__(*a, **k)
class S(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(S(3).v)
print(type(S) is Meta, isinstance(S, Meta), S.__class__.__name__)
