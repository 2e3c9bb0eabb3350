import json
class ConfigError(Exception):
    pass
def load(text):
    try:
        return json.loads(text)
    except ValueError as e:
        raise ConfigError("invalid config") from e
load("[1, 2")
