s = "abcdef"
print(s[::1], s[::-2])
try:
    print(s[::0])
except Exception as e:
    print(type(e).__name__ + ":", e)
