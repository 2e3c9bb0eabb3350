# indexing, slicing and iteration
s = "Python"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[-3:], s[:100], s[4:1], s[1:-1:2])
print(list(s), [c for c in s if c.isupper()], len(s), "y" in s, "th" in s, "" in s)
print(s * 2, 3 * "ab", "" * 5, s + "!", s * 0, s * -1)
print(min(s), max(s), sorted(s), s.__len__())
s[10]
