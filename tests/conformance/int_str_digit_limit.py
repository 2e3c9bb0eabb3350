# CPython's 4300-digit limit on decimal conversions, both ways
n = 10**4299
print(len(str(n)), len(repr(-n)))
for f in (lambda: str(10**4300), lambda: repr(-(10**5000)), lambda: int("1" * 5000),
          lambda: f"{10**4300}", lambda: int("1" * 4301 + "x")):
    try:
        f()
    except ValueError as e:
        print(str(e)[:120])
print(hex(10**5000)[:12], len(bin(10**5000)), oct(-(10**4400))[:8])
str(10**4300)
