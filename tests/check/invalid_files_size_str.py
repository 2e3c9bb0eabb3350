# stubs: files.pyi
entries = list_dir(workspace)
total = sum(e["size"] for e in entries)
print("total: " + total)  # error: operator-type
