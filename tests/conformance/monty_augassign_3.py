# === augmented assignment on different types ===
s = 'ab'; s += 'c'; s *= 2
t = (1,); t += (2,); t *= 2
l = [1]; l += 'xy'; l *= 2
st = {1}; st |= {2}; st &= {2, 3}; st ^= {4}; st -= {4}
d = {'a': 1}; d |= {'b': 2}
b = b'x'; b += b'y'; b *= 3
f = 1.5; f += 1; f **= 2; f //= 2; f %= 2
i = 7; i //= 2; i <<= 3; i >>= 1; i **= 2; i %= 100; i |= 1; i &= 0b1111; i ^= 0b1010
print(s, t, l, st, d, b, f, i)
n = None
try:
    n += 1
except TypeError as e:
    print(e)
s2 = 'x'
try:
    s2 -= 'x'
except TypeError as e:
    print(e)
fs = frozenset({1})
alias = fs
fs |= {2}
print(fs, alias, fs is alias)
lst = [1]
alias2 = lst
lst += [2]
print(alias2, lst is alias2)
k = {'n': 0}
for _ in range(3):
    k['n'] += 1
k
