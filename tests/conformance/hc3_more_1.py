def load(path):
    try:
        return {"a.txt": "data"}[path]
    except KeyError:
        raise FileNotFoundError(f"no such file: {path}")
def main():
    try:
        load("b.txt")
    except FileNotFoundError as e:
        raise RuntimeError("startup failed") from e
main()
