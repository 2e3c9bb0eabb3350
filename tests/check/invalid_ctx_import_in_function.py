# stubs: files.pyi
def size_of(path: str) -> int:
    import os  # error: unknown-module
    return os.path.getsize(path)
