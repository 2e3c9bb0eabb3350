# conditional expressions and truthiness of containers
items = [0, "", None, [], {}, set(), (), 0.0, "0", [0], -1]
print([bool(i) for i in items])
print(["t" if i else "f" for i in items])
print(len([i for i in items if i]), next((i for i in items if i), None))
val = None
val if val is not None else "fallback"
