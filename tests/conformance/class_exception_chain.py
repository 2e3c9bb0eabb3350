class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

class ConfigError(Exception):
    pass

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"

def validate(cfg):
    if "port" not in cfg:
        raise ValidationError("port", "missing")

def load(cfg):
    try:
        validate(cfg)
    except ValidationError as e:
        e.add_note(f"while loading {sorted(cfg)}")
        raise ConfigError("bad config") from e

print(repr(ValidationError("a", "b")), str(ValidationError("a", "b")), ValidationError("a", "b").args)
print(repr(WithRepr("x")), str(WithRepr("x")))
try:
    raise WithRepr("boom")
except Exception as e:
    print([e])
load({"host": "x"})
