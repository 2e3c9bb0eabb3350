def lookup(d, *keys):
    cur = d
    for k in keys:
        try:
            cur = cur[k]
        except (KeyError, IndexError, TypeError) as e:
            return f"failed at {k!r}: {type(e).__name__}: {e}"
    return cur
data = {"a": [{"b": 1}, None]}
print(lookup(data, "a", 0, "b"))
print(lookup(data, "a", 5))
print(lookup(data, "a", 1, "b"))
print(lookup(data, "x"))
print(lookup(data, "a", "0"))
