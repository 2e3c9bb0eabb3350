from dataclasses import dataclass, field
@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)
    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        self.count += n
inv = Inventory()
inv.add("a"); inv.add("b", 3)
print(inv, inv.count)
@dataclass
class Child(Inventory):
    owner: str = "nobody"
c = Child(owner="zed")
print(c)
@dataclass
class Post:
    title: str
    def __post_init__(self):
        self.slug = self.title.lower().replace(" ", "-")
Post("Hello World").slug
