def parse_all(items):
    return {k: int(v) for k, v in items.items()}
parse_all({"a": "1", "b": "two"})
