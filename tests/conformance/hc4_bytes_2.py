data = "naïve café".encode("utf-8")
print(data, len(data))
print(data.decode("utf-8"), data.decode("latin-1"))
print(data.decode("ascii", errors="replace"), data.decode("ascii", errors="ignore"))
print("naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", "xmlcharrefreplace"))
ba = bytearray(4)
ba[1:3] = b"xy"
print(ba, ba.hex("-"), bytes(ba).count(0))
data.decode("ascii")
