# stubs: files.pyi
names = [e["path"] for e in list_dir(workspace)]
for i in range(0, len(names), 2):
    chunk = names[i:i + 2]
    print(i, chunk, names[-1] if names else "")
