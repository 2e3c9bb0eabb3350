# stubs: files.pyi
files = sorted(list_dir(workspace), key=lambda f: f["szie"])  # error: unknown-key
