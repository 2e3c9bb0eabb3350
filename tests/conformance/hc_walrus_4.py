def parse(lines):
    out = []
    for line in lines:
        if (stripped := line.strip()) and not stripped.startswith("#"):
            if (eq := stripped.find("=")) > 0:
                out.append((stripped[:eq].strip(), stripped[eq + 1:].strip()))
    return out
print(parse(["a = 1", "# comment", "", "  b=two  ", "bad line"]))
print([(n, r) for n in range(10) if (r := n % 3) == 0])
data = iter([5, 3, 0, 7])
total = 0
while (v := next(data, None)) is not None:
    total += v
print(total, v)
print(f"{(w := 10) * 2} {w}")
def f():
    if any((hit := x) > 2 for x in [1, 3, 5]):
        return hit
f()
