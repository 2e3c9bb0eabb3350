# match over tuples from zip and enumerate with guards
events = [("click", 10, 20), ("key", "a"), ("click", -1, 5), ("scroll", 3), ("key", "ENTER")]
out = []
for i, ev in enumerate(events):
    match ev:
        case ("click", x, y) if x >= 0 and y >= 0:
            out.append(f"{i}:click@{x},{y}")
        case ("click", *_):
            out.append(f"{i}:bad click")
        case ("key", k) if len(k) == 1:
            out.append(f"{i}:char {k}")
        case ("key", k):
            out.append(f"{i}:special {k.lower()}")
        case (kind, *rest):
            out.append(f"{i}:{kind} {rest}")
print(out)
out
