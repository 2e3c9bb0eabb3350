from dataclasses import dataclass, field, fields
@dataclass
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False
    extra: dict = field(default_factory=dict)
    def __post_init__(self):
        if not (0 < self.port < 65536):
            raise ValueError(f"bad port {self.port}")
        self.url = f"http://{self.host}:{self.port}"
c = Config(port=9000)
print(c, c.url)
print([f.name for f in fields(Config)], [f.type for f in fields(Config)][:2])
print(Config() == Config(), Config().extra is Config().extra)
Config(port=0)
