# stubs: files.pyi
data = read_file("x").encode("utf-8")
print(data.decode().upper(), len(data), data[:4].hex(), data + b"!")
