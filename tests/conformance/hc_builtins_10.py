x = [1, 2, 3]
y = x
print(x is y, x == [1, 2, 3], x is [1, 2, 3], None is None)
print(id(x) == id(y), type(id(x)).__name__)
print(object().__class__.__name__, type(object()).__name__)
print(isinstance(object, type), isinstance(type, object), type.__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(NotImplemented), repr(Ellipsis), ..., type(...).__name__)
print(bool(None), bool(NotImplemented) if False else "", None == False)
