def wrap(text, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines
t = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"
for line in wrap(t, 20):
    print(f"|{line:<20}|")
print(len(wrap(t, 10)))
