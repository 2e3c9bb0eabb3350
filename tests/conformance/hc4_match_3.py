def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": t}:
            return f"other {t}"
        case _:
            return "invalid"

print(handle({"type": "click", "pos": (1, 2)}))
print(handle({"type": "click", "pos": [3, 4]}))
print(handle({"type": "key", "key": "a", "mod": "shift", "t": 1}))
print(handle({"type": "key", "key": 5}))
print(handle({"kind": "x"}))
print(handle([1]))
