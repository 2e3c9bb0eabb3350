# stubs: files.pyi
removed = []
for e in list_dir(workspace):
    if e["modified"] < "2024-01-01" and not e["is_dir"]:
        delete_file(e["path"])
        removed.append(e["path"])
print(len(removed), "removed")
