class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("closing", self.name)
        return False
def work():
    with Resource("db") as r:
        with Resource("file"):
            raise OSError("disk gone")
work()
