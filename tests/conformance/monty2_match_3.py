# nested sequence and mapping patterns
def handle(msg):
    match msg:
        case {"type": "move", "to": [x, y]}:
            return f"move {x},{y}"
        case {"type": "say", "text": str(t), **rest}:
            return f"say {t} extra={sorted(rest)}"
        case {"type": "batch", "items": [first, *others]}:
            return f"batch {handle(first)} +{len(others)}"
        case {"type": t}:
            return f"unknown {t}"
        case [("a" | "b") as tag, *_]:
            return f"list tag {tag}"
        case _:
            return "junk"

assert handle({"type": "move", "to": [1, 2]}) == "move 1,2"
assert handle({"type": "move", "to": (1, 2, 3)}) == "unknown move"
assert handle({"type": "say", "text": "hi", "z": 1, "a": 2}) == "say hi extra=['a', 'z']"
assert handle({"type": "say", "text": 5}) == "unknown say"
assert handle({"type": "batch", "items": [{"type": "x"}, 1, 2]}) == "batch unknown x +2"
assert handle(["b", 1]) == "list tag b"
assert handle("ab") == "junk"
print(handle({"type": "move", "to": [0, 0], "speed": 3}))
