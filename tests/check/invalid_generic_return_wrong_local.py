# stubs: files.pyi
def count_lines(path: str) -> int:
    text = read_file(path)
    return text.splitlines()  # error: return-type
