for bases in [(int, str), (dict, list), (int, float), (Exception, int), (ValueError, KeyError), (OSError, ValueError), (list,), (int,), (dict, object), (str, object), (bool,) if False else (tuple,), (KeyError, dict)]:
    try:
        C = type("C", bases, {})
        print([b.__name__ for b in bases], "ok", [k.__name__ for k in C.__mro__])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
class A(int): pass
class B(str): pass
try:
    class D(A, B): pass
except TypeError as e:
    print(e)
from collections import OrderedDict, defaultdict
try:
    class E(OrderedDict, defaultdict): pass
    print("E ok")
except TypeError as e:
    print(e)
