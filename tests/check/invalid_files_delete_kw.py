# stubs: files.pyi
delete_file(path="old.txt")  # error: unknown-keyword
