# stubs: files.pyi
n = write_file("a.txt", "hello")
print(n.upper())  # error: unknown-attribute
