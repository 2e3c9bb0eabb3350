x = None
print(x is None, x == None, x is not None, type(x).__name__, repr(x), str(x), bool(x))
def f():
    pass
print(f() is None, [None] * 2, {None: None}, None in [0, None])
result = {"a": None}.get("a", "default")
print(result)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
for x in None:
    pass
