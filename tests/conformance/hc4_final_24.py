x = 1
bytearray(b"ba")
