from typing import Any
def deep_merge(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
base = {"db": {"host": "x", "port": 1}, "debug": False}
over = {"db": {"port": 2, "user": "u"}, "debug": True, "new": [1]}
merged = deep_merge(base, over)
print(merged)
print(base)
def flatten(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
print(flatten(merged))
def invert(d: dict[str, Any]) -> dict:
    res = {}
    for k, v in d.items():
        res.setdefault(str(v), []).append(k)
    return res
invert(flatten(merged))
