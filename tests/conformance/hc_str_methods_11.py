def slugify(s):
    out = []
    for ch in s.lower().strip():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")
print(slugify("  Hello, World! It's 2024  "))
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap("the quick brown fox jumps over the lazy dog", 12):
    print(f"|{line:<12}|")
