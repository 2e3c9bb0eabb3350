from dataclasses import dataclass, field

@dataclass(eq=True)
class Counter:
    counts: dict = field(default_factory=dict)
    def hit(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
        return self

c = Counter().hit("a").hit("b").hit("a")
print(c)
print(Counter.__eq__ is not object.__eq__, c.__hash__)
@dataclass
class Wrong:
    items: list = []
