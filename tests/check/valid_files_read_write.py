# stubs: files.pyi
entries = list_dir(workspace, pattern="*.txt")
total = 0
for entry in entries:
    if entry["is_dir"]:
        continue
    text = read_file(entry["path"])
    total += len(text.splitlines())
written = write_file(workspace + "/summary.txt", f"{total} lines\n", overwrite=True)
print(written)
