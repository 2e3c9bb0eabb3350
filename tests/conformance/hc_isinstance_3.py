def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return f"seq of {len(x)}"
    if isinstance(x, dict):
        return "mapping"
    return type(x).__name__
[describe(v) for v in [True, 3, [1, 2], (), {}, "s", 2.5, None]]
