# === deep recursion limit ===
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
assert down(500) == 500, 'moderate depth'
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
def perm(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perm(s[:i] + s[i + 1:])]
perm('abc')
