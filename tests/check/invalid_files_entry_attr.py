# stubs: files.pyi
for e in list_dir(workspace):
    if not e.is_dir:  # error: unknown-attribute
        print(e["path"])
