from dataclasses import dataclass, field, InitVar
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    secret: InitVar[str | None] = None
    def __post_init__(self, secret):
        self.has_secret = secret is not None
a = Account("ann", 10, secret="pw")
print(a, a.has_secret, Account("bo").has_secret)
print(a == Account("ann", 10.0), a == ("ann", 10.0))
@dataclass(frozen=True)
class Base:
    x: int
@dataclass(frozen=True)
class Derived(Base):
    y: int = 0
d = Derived(1, 2)
print(d, hash(d) == hash(Derived(1, 2)), d == Base(1))
