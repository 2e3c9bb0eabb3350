import json
def strict_float(s):
    raise ValueError(f"floats not allowed: {s}")
json.loads('{"price": 1.5}', parse_float=strict_float)
