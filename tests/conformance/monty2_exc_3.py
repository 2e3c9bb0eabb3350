# raise from: explicit cause shown in traceback
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e

try:
    parse("x1")
except ConfigError as e:
    assert type(e.__cause__) is ValueError
    assert e.__suppress_context__ is True
    print(e, "<-", e.__cause__)
parse("zz")
