# exception chaining with from
class ConfigError(Exception):
    pass
def load(d):
    try:
        return int(d["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e
    except ValueError as e:
        raise ConfigError(f"bad port {d['port']!r}") from None
for cfg in ({}, {"port": "x"}, {"port": "80"}):
    try:
        print(load(cfg))
    except ConfigError as e:
        print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
load({})
