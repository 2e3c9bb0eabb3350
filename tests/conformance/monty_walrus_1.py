# === walrus operator ===
values = [3, 8, 1, 9]
if (m := max(values)) > 5:
    result = f'big max {m}'
assert result == 'big max 9', result
chunks = []
data = list(range(7))
while (chunk := data[:3]):
    chunks.append(chunk)
    data = data[3:]
assert chunks == [[0, 1, 2], [3, 4, 5], [6]], chunks
assert (x := 5) + x == 10, 'reuse'
def g():
    return [(y := i) for i in range(2)], y
assert g() == ([0, 1], 1), g()
z = (w := 3) * 2
(z, w)
