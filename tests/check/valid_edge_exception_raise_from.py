# stubs: files.pyi
def must_read(path: str) -> str:
    if not file_exists(path):
        raise FileNotFoundError(path)
    try:
        return read_file(path)
    except Exception as exc:
        raise RuntimeError("cannot read " + path) from exc

print(must_read("a.txt")[:10])
