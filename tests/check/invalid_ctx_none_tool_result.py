# stubs: files.pyi
result = delete_file("old.txt")
print(result["ok"])  # error: not-subscriptable
