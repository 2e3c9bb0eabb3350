# Class patterns against exception classes, type itself and typing aliases
import typing

def e(v):
    match v:
        case KeyError():
            return "key error"
        case LookupError(args=(a,)):
            return ("lookup", a)
        case Exception(args=args):
            return ("exception", args)
        case type(__name__=name):
            return ("a class named", name)
        case bool(b) | int(b) if b:
            return ("truthy int", b)
        case _:
            return "other"

for v in [KeyError("k"), IndexError(3), ValueError(), ValueError(1, 2), int, dict, True, 5, 0]:
    print(e(v))

try:
    match []:
        case typing.List():
            print("typing.List is a class?")
except TypeError as err:
    print("TypeError:", err)

match int:
    case type(x):
        print(x)
