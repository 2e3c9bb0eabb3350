class ConfigError(Exception):
    pass

class Loader:
    def __init__(self, path):
        self.path = path

    def load(self):
        return self.parse("")

    def parse(self, text):
        if not text:
            raise ConfigError(f"empty config: {self.path}")
        return text

Loader("a.toml").load()
