# dataclass with kw_only and repr/eq options
from dataclasses import dataclass, field, KW_ONLY
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    secret: str = field(default="x", repr=False)
    meta: dict = field(default_factory=dict, compare=False)
print(Opts(level=5), Job("build", retries=1), Job("a") == Job("a", meta={"k": 1}))
Opts(True)
