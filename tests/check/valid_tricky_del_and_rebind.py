# stubs: files.pyi
text = read_file("a.txt")
del text
text = 5
print(text + 1)
