# raise from inside a method, exception class with __str__, chained display
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"config {self.key!r}: {self.problem}"

class Config:
    def __init__(self, data):
        self.data = data
    def get_int(self, key):
        try:
            return int(self.data[key])
        except (KeyError, ValueError) as e:
            raise ConfigError(key, type(e).__name__) from e

c = Config({"port": "80", "host": "x"})
assert c.get_int("port") == 80
try:
    c.get_int("missing")
except ConfigError as e:
    print(e, "|", repr(e.__cause__))
c.get_int("host")
