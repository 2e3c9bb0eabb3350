# string iteration patterns
s = "aaabccddddde"
runs = []
prev, n = s[0], 0
for c in s:
    if c == prev:
        n += 1
    else:
        runs.append(f"{prev}{n}")
        prev, n = c, 1
runs.append(f"{prev}{n}")
print("".join(runs))
print([s[i:i + 3] for i in range(0, len(s), 3)], list(enumerate("ab", start=1)))
print(list(zip("abc", "12")), list(reversed("xyz")), "".join(sorted("hello", reverse=True)))
dict.fromkeys("hello")
