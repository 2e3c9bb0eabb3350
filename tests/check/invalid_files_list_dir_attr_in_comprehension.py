# stubs: files.pyi
big = [f.path for f in list_dir(workspace) if f["size"] > 1_000_000]  # error: unknown-attribute
