# stubs: files.pyi
n = write_file("count.txt", 42)  # error: arg-type
