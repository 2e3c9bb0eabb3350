def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out

cfg = {"db": {"host": "h", "port": 5432, "opts": {"ssl": True}}, "debug": False}
flat = flatten(cfg)
print(flat)
def unflatten(flat):
    root = {}
    for key, v in flat.items():
        *parents, last = key.split(".")
        node = root
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = v
    return root
assert unflatten(flat) == cfg
unflatten(flat)
