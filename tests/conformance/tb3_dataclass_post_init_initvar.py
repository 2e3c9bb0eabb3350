from dataclasses import dataclass, field, InitVar
@dataclass
class User:
    name: str
    raw: InitVar[str] = ""
    tags: list = field(default_factory=list)
    def __post_init__(self, raw):
        if not raw:
            raise ValueError("raw is required")
User("bob")
