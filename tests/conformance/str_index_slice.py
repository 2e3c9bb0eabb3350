s = "aé😀bc"
print(s[0], s[1], s[2], s[-1], s[-5], s[True])
print(s[1:3], s[::-1], s[::2], s[-2:], s[:-3], s[5:], s[:100], s[3:1], s[4:1:-1], s[::-2])
a = "abcdef"
print(a[1:4], a[::2], a[::-1], a[-100:100], a[None:None:None], a[slice(1, None, 2)])
print(len(s), len(""), len(a), list(s), list(""))
try:
    s[5]
except IndexError as e:
    print(e)
for key in ("x", 1.5, None):
    try:
        s[key]
    except TypeError as e:
        print(e)
try:
    a[::0]
except ValueError as e:
    print(e)
s[-6]
