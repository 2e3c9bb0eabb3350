def read_config(path):
    with opn(path) as f:
        return f.read()
read_config("x.txt")
