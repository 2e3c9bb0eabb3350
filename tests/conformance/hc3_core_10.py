try:
    int("x")
except ValueError as e:
    msg = str(e)
print(msg)
try:
    [].index(3)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    import zzz
except ImportError as e:
    print(type(e).__name__, e, e.name)
