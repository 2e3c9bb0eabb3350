# bytes iteration and conversion
data = "Grüße".encode("utf-8")
print(data, [b for b in data], [hex(b) for b in data[:3]], data.decode("utf-8"))
print(bytes(reversed(b"abc")), sum(b"abc"), max(b"azb"), sorted(b"cab"), bytes(sorted(b"cab")))
print(data.decode("latin-1"), data.decode("ascii", "replace"), data.decode("ascii", "ignore"))
data.decode("ascii")
