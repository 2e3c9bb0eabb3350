# catching by tuple of custom classes, and except order with base first
class A(Exception): pass
class B(A): pass
class C(Exception): pass

res = []
for exc in (A("a"), B("b"), C("c")):
    try:
        raise exc
    except (B, C) as e:
        res.append("BC:" + str(e))
    except A as e:
        res.append("A:" + str(e))
assert res == ["A:a", "BC:b", "BC:c"]

try:
    raise B("sub")
except A as e:
    assert type(e) is B
print(res)
try:
    raise C("unhandled")
except A:
    pass
