events = [
    {"type": "click", "pos": (10, 20)},
    {"type": "key", "key": "a", "mods": ["ctrl"]},
    {"type": "key", "key": "b"},
    {"type": "scroll", "delta": -3},
    {"type": "resize"},
]
for ev in events:
    match ev:
        case {"type": "click", "pos": (x, y)}:
            print(f"click at {x},{y}")
        case {"type": "key", "key": k, "mods": [*mods]}:
            print(f"key {'+'.join(mods + [k])}")
        case {"type": "key", "key": k}:
            print(f"key {k}")
        case {"type": "scroll", "delta": int(d)} if d < 0:
            print("scroll up", -d)
        case {"type": other}:
            print("unhandled", other)
