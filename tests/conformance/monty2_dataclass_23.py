# InitVar and KW_ONLY sentinel
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields

@dataclass
class Conn:
    host: str
    secret: InitVar[str] = ""
    _: KW_ONLY
    port: int = 80
    masked: str = field(init=False, default="")

    def __post_init__(self, secret):
        self.masked = "*" * len(secret)

c = Conn("h", "abc", port=8080)
assert c.masked == "***" and c.port == 8080
assert [f.name for f in fields(Conn)] == ["host", "port", "masked"]
assert not hasattr(c, "secret") or c.secret == ""
print(c)
Conn("h", "x", 1)
