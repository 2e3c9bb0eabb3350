# Class patterns with the built-in classes: a single positional sub-pattern is the subject
def c(v):
    match v:
        case bool(b):
            return ("bool", b)
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return ("negative int", n)
        case int():
            return "int"
        case float(f) | str(f):
            return ("float or str", f)
        case bytes(b):
            return ("bytes", b)
        case list([x, *_]):
            return ("non-empty list starting", x)
        case list():
            return "empty list"
        case tuple((a, b)):
            return ("pair", a, b)
        case dict({"k": k}):
            return ("dict with k", k)
        case set() | frozenset():
            return ("set", len(v))
        case range(start=0, stop=stop):
            return ("range from 0 to", stop)
        case range(start=s, step=st):
            return ("range", s, st)
        case object():
            return ("object", type(v).__name__)

for v in [True, 0, -5, 7, 1.5, "s", b"b", [9, 8], [], (1, 2), (1, 2, 3), {"k": 1}, {1, 2},
          frozenset(), range(4), range(1, 9, 2), None, ValueError("e")]:
    print(c(v))

match ValueError("bad", 2):
    case ValueError(args=(msg, code)):
        print(msg, code)

match KeyError("k"):
    case LookupError(args=[key]):
        print("lookup error on", key)

match 3:
    case int(real=r, imag=i):
        print("real", r, "imag", i)

match 3:
    case int(nope=x):
        print("has nope?")
    case int(numerator=num, denominator=den):
        print(num, den)

match "text":
    case str(s) as whole if s == whole:
        print("self match", s)

match True:
    case int(x):
        print("bool is an int:", x)

match slice(1, 2):
    case slice(start=a, stop=b, step=None):
        print("slice", a, b)
