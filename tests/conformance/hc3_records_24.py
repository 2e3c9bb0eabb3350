config = {"debug": "true", "port": "8080", "hosts": "a, b ,c", "ratio": "0.25"}
def parse(key, value):
    if value in ("true", "false"):
        return value == "true"
    if value.isdigit():
        return int(value)
    try:
        return float(value)
    except ValueError:
        pass
    if "," in value:
        return [p.strip() for p in value.split(",")]
    return value
parsed = {k: parse(k, v) for k, v in config.items()}
print(parsed)
print({k: type(v).__name__ for k, v in parsed.items()})
