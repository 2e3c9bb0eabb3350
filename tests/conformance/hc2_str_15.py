# string building and immutability
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(e)
t = s
s += "d"
print(s, t, s is not t)
del s
"x".upper().lower().center(5, "~")
