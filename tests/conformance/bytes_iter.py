it = iter(b"hi")
print(type(it).__name__, next(it), next(it), next(it, None))
print([x + 1 for x in b"\x00\x01"], sum(b"abc"), max(b"az"), dict(zip(b"ab", "xy")))
for i, v in enumerate(b"q"):
    print(i, v)
bytes(x ^ 0x20 for x in b"Hello")
