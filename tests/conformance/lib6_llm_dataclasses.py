from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
import json
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
@dataclass
class Item:
    name: str
    price: float
    tags: list[str] = field(default_factory=list)
    qty: int = 1
    def total(self) -> float:
        return self.price * self.qty
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
attempt("missing", lambda: Item("x"))
attempt("too many", lambda: Item("x", 1.0, [], 2, 5))
attempt("bad kw", lambda: Item(name="x", price=1, quantity=2))
attempt("frozen set", lambda: setattr(Version(1), "major", 2))
attempt("frozen type", lambda: isinstance(FrozenInstanceError(), AttributeError))
attempt("order", lambda: sorted([Version(2, 1), Version(1, 5), Version(2, 0)]))
attempt("order mixed", lambda: Version(1) < Item("a", 1))
attempt("asdict", lambda: asdict(Item("a", 2.5, ["x"])))
attempt("asdict nondc", lambda: asdict({"a": 1}))
attempt("astuple", lambda: astuple(Version(3, 4)))
attempt("replace", lambda: replace(Version(1, 2), minor=9))
attempt("replace bad", lambda: replace(Version(1, 2), patch=1))
attempt("fields", lambda: [f.name for f in fields(Item)])
attempt("json", lambda: json.dumps(Item("a", 1.5)))
attempt("json asdict", lambda: json.dumps(asdict(Item("a", 1.5, ["t"]))))
attempt("hash frozen", lambda: hash(Version(1)) == hash(Version(1)))
attempt("hash unfrozen", lambda: hash(Item("a", 1)))
attempt("eq", lambda: Item("a", 1) == Item("a", 1.0))
attempt("repr", lambda: repr(Item("a", 1, qty=3)))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
cart = [Item("apple", 0.5, qty=4), Item("pear", 0.75, ["ripe"], 2)]
print(sum(i.total() for i in cart), max(cart, key=Item.total).name)
print(sorted(cart, key=lambda i: i.total())[0])
