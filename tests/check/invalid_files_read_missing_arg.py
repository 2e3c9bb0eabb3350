# stubs: files.pyi
text = read_file()  # error: call-arg-count
