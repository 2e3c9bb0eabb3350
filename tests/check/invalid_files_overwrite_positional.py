# stubs: files.pyi
write_file("out.txt", "data", True)  # error: call-arg-count
