print(chr(65), chr(97), chr(48), chr(0x263A), chr(128512))
print(ord("A"), ord("z"), ord("€"), ord("\n"), ord("😀"))
print([chr(ord("a") + i) for i in range(5)])
print("".join(chr(c) for c in [72, 105]))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)))
try:
    ord("ab")
except Exception as e:
    print(type(e).__name__ + ":", e)
