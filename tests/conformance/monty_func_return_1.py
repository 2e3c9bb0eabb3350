# === multiple returns and early exits ===
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    if n % 2:
        return 'odd'
    return 'even'
assert [classify(n) for n in (-1, 0, 3, 4)] == ['negative', 'zero', 'odd', 'even'], 'classify'
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4])
assert (lo, hi) == (1, 4), 'tuple return'
def nothing():
    pass
def bare():
    return
assert nothing() is None and bare() is None, 'None'
def gen_or_not(flag):
    if flag:
        return [1]
    yield 2
assert list(gen_or_not(True)) == [], 'generator function return'
lo, hi = minmax([])
