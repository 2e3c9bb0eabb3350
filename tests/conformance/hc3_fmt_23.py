s = "a1b2c3d4"
digits = "".join(filter(str.isdigit, s))
letters = "".join(c for c in s if c.isalpha())
print(digits, letters, int(digits) + 1)
print(list(zip(letters, map(int, digits))))
print(dict(zip(letters, digits)))
print(s.upper().lower() == s, s.title())
print("".join(sorted(s, key=lambda c: (c.isdigit(), c))))
