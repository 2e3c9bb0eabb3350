b"caf\xc3\xa9".decode(), "café".encode(), bytearray(b"ab"), memoryview(b"x").tobytes() if False else None, frozenset()
