# bytes comparisons and hashing as dict keys
d = {b"a": 1, b"b": 2}
d[bytes([97])] += 10
print(d, b"a" in d, sorted([b"b", b"a", b"ab", b""]), min(b"hello"))
print(bytes(b"x") is not None, bytearray(b"x") == b"x", b"x" == bytearray(b"x"))
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(e)
[bytes([i]) for i in range(3)]
