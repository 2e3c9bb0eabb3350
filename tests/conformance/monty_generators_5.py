# === generator pipelines ===
def read_lines(text):
    for line in text.split('\n'):
        yield line
def non_blank(lines):
    return (l for l in lines if l.strip())
def numbered(lines):
    for i, l in enumerate(lines, 1):
        yield f'{i}: {l}'
text = 'alpha\n\nbeta\n  \ngamma'
out = list(numbered(non_blank(read_lines(text))))
assert out == ['1: alpha', '2: beta', '3: gamma'], out
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
assert list(take(5, naturals())) == [0, 1, 2, 3, 4], 'infinite'
evens = (n for n in naturals() if n % 2 == 0)
[next(evens) for _ in range(4)]
