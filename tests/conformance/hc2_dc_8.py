# dataclass field metadata, defaults and class vars
from dataclasses import dataclass, field, fields
from typing import ClassVar
@dataclass
class Cfg:
    count: ClassVar[int] = 0
    host: str = "localhost"
    port: int = field(default=8080, metadata={"env": "PORT"})
    def __post_init__(self):
        Cfg.count += 1
Cfg(); Cfg(port=1)
print(Cfg.count, [f.name for f in fields(Cfg)], fields(Cfg)[1].metadata["env"], fields(Cfg)[0].default)
print(Cfg.__dataclass_fields__.keys() if False else "ok", Cfg(), repr(Cfg("h", 1)))
Cfg(1, 2, 3)
