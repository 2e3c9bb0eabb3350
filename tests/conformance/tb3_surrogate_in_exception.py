raw = b"caf\xe9".decode("utf-8", "surrogateescape")
print("name:", ascii(raw))
raise ValueError(raw)
