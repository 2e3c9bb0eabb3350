# object() basics and attribute errors
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), str(o).startswith("<object"))
try:
    o.attr = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, object.__mro__)
object(1)
