# stubs: files.pyi
dirs = list(filter(lambda f: f.is_dir, list_dir(workspace)))  # error: unknown-attribute
