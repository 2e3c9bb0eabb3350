class Rows:
    def __iter__(self):
        yield 1
        raise IOError("disconnected")
for r in Rows():
    print(r)
