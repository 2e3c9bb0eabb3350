# repr=False, compare=False fields and field() metadata
from dataclasses import dataclass, field, fields

@dataclass
class User:
    name: str
    password: str = field(repr=False, default="")
    visits: int = field(compare=False, default=0)
    meta: dict = field(default_factory=dict, metadata={"doc": "extra"})

u1 = User("ann", "pw", 3)
u2 = User("ann", "pw", 99)
assert u1 == u2
assert repr(u1) == "User(name='ann', visits=3, meta={})"
f = {x.name: x for x in fields(User)}
assert f["meta"].metadata["doc"] == "extra"
assert f["password"].repr is False and f["visits"].compare is False
print(u1)
