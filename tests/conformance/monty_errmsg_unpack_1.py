# === unpacking error messages ===
def attempt(src, n):
    try:
        if n == 2:
            a, b = src
        elif n == 3:
            a, b, c = src
        else:
            a, *b, c, d = src
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
for src in [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4], 'ab', {'a': 1}, range(5), None, 3.5, iter([1])]:
    for n in (2, 3, 4):
        attempt(src, n)
a, b = iter(range(10))
