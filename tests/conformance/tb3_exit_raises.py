class Res:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("cannot close")
with Res() as r:
    print("body")
