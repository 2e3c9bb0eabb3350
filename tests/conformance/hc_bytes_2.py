try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", errors="replace"), "é".encode("ascii", errors="ignore"))
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"))
b = b"xyz"
b[0] = 1
