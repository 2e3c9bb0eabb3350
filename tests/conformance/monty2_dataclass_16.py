# is_dataclass, fields on instance, default values visible on class
from dataclasses import dataclass, is_dataclass, fields, field

@dataclass
class Cfg:
    host: str = "localhost"
    port: int = 8080
    extra: list = field(default_factory=list)

assert is_dataclass(Cfg) and is_dataclass(Cfg())
assert not is_dataclass(dict) and not is_dataclass(1)
assert Cfg.host == "localhost" and Cfg.port == 8080
assert [f.default for f in fields(Cfg())][:2] == ["localhost", 8080]
c1 = Cfg(port=1)
assert c1.host == "localhost"
print(c1, [f.name for f in fields(c1)])
try:
    fields(3)
except Exception as e:
    print(type(e).__name__ + ":", e)
