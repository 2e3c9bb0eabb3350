def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v)
        elif k in out and isinstance(out[k], list) and isinstance(v, list):
            out[k] = out[k] + v
        else:
            out[k] = v
    return out
base = {"db": {"host": "x", "port": 1}, "tags": ["a"], "v": 1}
over = {"db": {"port": 2, "user": "u"}, "tags": ["b"], "v": None}
print(merge(base, over))
print(base)
