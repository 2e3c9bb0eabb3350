events = [
    {"type": "click", "pos": (10, 20)},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "x", "mod": "ctrl"},
    {"type": "scroll"},
]
for ev in events:
    match ev:
        case {"type": "click", "pos": (x, y)}:
            print("click", x + y)
        case {"type": "key", "key": "q"}:
            print("quit")
        case {"type": "key", "key": k, "mod": m}:
            print("combo", m, k)
        case {"type": t}:
            print("unhandled", t)
match [1, 2, 3]:
    case [1, *rest] if len(rest) == 2:
        result = rest
result
