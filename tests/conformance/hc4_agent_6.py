def word_wrap(text, width):
    words = text.split()
    lines, current = [], ""
    for w in words:
        if len(w) > width:
            raise ValueError(f"word {w!r} longer than width {width}")
        candidate = f"{current} {w}".strip()
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = w
    if current:
        lines.append(current)
    return lines

for line in word_wrap("the quick brown fox jumps over the lazy dog", 10):
    print(f"|{line:<10}|")
word_wrap("a supercalifragilistic word", 10)
