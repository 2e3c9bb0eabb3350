# ExceptionGroup with custom exceptions and subgroup/split
class E1(Exception):
    pass

class E2(Exception):
    pass

eg = ExceptionGroup("many", [E1("a"), E2("b"), E1("c")])
assert len(eg.exceptions) == 3
m, rest = eg.split(E1)
assert [str(e) for e in m.exceptions] == ["a", "c"]
assert [str(e) for e in rest.exceptions] == ["b"]
sub = eg.subgroup(lambda e: str(e) != "a")
assert [str(e) for e in sub.exceptions] == ["b", "c"]
assert eg.subgroup(KeyError) is None
try:
    raise eg
except ExceptionGroup as g:
    print(g, g.message)
raise ExceptionGroup("final", [E2("x")])
