# === int string conversion limits ===
n = 10 ** 4299
s = str(n)
assert len(s) == 4300, len(s)
try:
    str(10 ** 4300)
except ValueError as e:
    print(str(e)[:60])
try:
    int('1' * 4301)
except ValueError as e:
    print(str(e)[:60])
hex(10 ** 5000)[:10]
