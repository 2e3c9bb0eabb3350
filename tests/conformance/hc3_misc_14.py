def deep_get(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return default
    return cur
doc = {"a": {"b": [10, {"c": "found"}]}, "x": None}
for p in ["a.b.1.c", "a.b.0", "a.b.5", "x", "x.y", "a.z"]:
    print(p, "->", deep_get(doc, p, "<none>"))
