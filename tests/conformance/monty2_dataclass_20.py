# frozen dataclass __post_init__ using object.__setattr__
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Slug:
    text: str
    slug: str = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "slug", self.text.lower().replace(" ", "-"))

s = Slug("Hello World")
assert s.slug == "hello-world"
assert s == Slug("Hello World")
print(s)
try:
    s.text = "x"
except Exception as e:
    print(type(e).__name__ + ":", e)
