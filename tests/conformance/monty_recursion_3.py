# === mutual recursion and memo via dict ===
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
assert is_even(10) and is_odd(7), 'mutual'
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
assert ackermann(2, 3) == 9, 'ackermann'
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
assert len(power_set([1, 2, 3, 4])) == 16, 'power set'
sorted(power_set('ab'))
