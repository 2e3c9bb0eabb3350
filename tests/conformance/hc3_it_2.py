from itertools import groupby
s = "aaabccddddde"
print([(k, len(list(g))) for k, g in groupby(s)])
encoded = "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(encoded)
import re
decoded = "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", encoded))
assert decoded == s
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print([list(g) for k, g in groupby([1, 1, 2, 1])])
