from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1)
for stmt in ("set", "del", "new"):
    try:
        if stmt == "set":
            p.x = 5
        elif stmt == "del":
            del p.y
        else:
            p.z = 1
    except AttributeError as e:
        print(stmt, e)
print(P._make((4, 5)), P._make(iter([7, 8])), p._replace(x=2))
try:
    P._make([1, 2, 3])
except TypeError as e:
    print(e)
class Opts(dict):
    pass
from typing import TypedDict
class Config(TypedDict, total=False):
    host: str
    port: int
class Strict(TypedDict):
    name: str
c: Config = {"host": "h"}
print(c, Config(port=1), Strict(name="n"), type(c).__name__)
p.x = 9
