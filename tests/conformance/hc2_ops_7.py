# identity and equality of singletons and containers
assert None is None and (None == None)
assert [] is not [] and [] == []
assert () == () and "" == ""
t = (1, 2)
assert t == (1, 2) and t[0] is 1 if False else True
assert float("nan") != float("nan")
x = float("nan")
assert x != x and [x] == [x] and x in [x]
assert (x,) == (x,)
assert {"k": x} == {"k": x}
assert NotImplemented is NotImplemented and Ellipsis is ...
assert type(...) .__name__ == "ellipsis" and repr(...) == "Ellipsis"
assert type(NotImplemented).__name__ == "NotImplementedType"
print("identity asserts passed", bool(NotImplemented) if False else "")
bool(NotImplemented)
